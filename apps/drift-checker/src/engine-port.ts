// What the handler needs from the drift engine. The production implementation (drift-engine.ts) wraps
// @groundwork/drift; keeping the handler on this narrow seam lets the sinks and event paths be tested on their own.
import type { ReadTarget } from '@groundwork/aws-read';
import type { DriftReport, LiveSource, ResourceResult } from '@groundwork/drift';
import type { EventFormConfigurationItem } from '@groundwork/drift';
import type { LiveContext } from './sinks/drift-alert';

/** A live item normalized by the engine; opaque to the handler. */
export type LiveItem = unknown;

/** An item read from Cloud Control or a direct read, with what alerts and logs name it by. */
export interface ReadItem {
  readonly item: LiveItem;
  readonly live: LiveContext;
  /** Its configuration item status (OK; ResourceDeleted for one the fast path found gone). */
  readonly status: string;
}

/** Live outputs read by the engine: their items, and the complete inventories they declare (opaque). */
export interface ReadLive {
  readonly items: readonly ReadItem[];
  readonly inventories: readonly unknown[];
}

/** Where outputs that name no account or region were read, and when. */
export interface ReadPlace {
  readonly accountId: string | null;
  readonly region: string | null;
  readonly readAt: string;
}

/** A resource a read found gone (GetResource: not found; a singleton's read: none), as the fast path knows it. */
export interface GoneResource {
  readonly source: Exclude<LiveSource, 'config'>;
  readonly resourceType: string;
  readonly resourceId: string;
}

/** An object fetched from S3 (or a file), with the path used in error messages. */
export interface LoadedFile {
  readonly path: string;
  readonly content: string;
}

/** The desired model for one version of the IaC and state: built once, then used for many events. */
export interface DriftChecks {
  /** One changed item: the result for that live resource only. */
  checkItem(item: LiveItem): ResourceResult;
  /**
   * A full sweep: also reports DELETED, NOT_CHECKED and UNMANAGED. Config's items are the recorder's listing; the
   * other sources' listings prove deletions by their `inventories` (from `readLive`).
   */
  check(items: LiveItem[], inventories?: readonly unknown[]): DriftReport;
}

export interface DriftEnginePort {
  /** The AWS Config resource types the engine can compare. */
  readonly adaptedResourceTypes: readonly string[];
  /** Normalizes an event-form item (rule invocation or EventBridge). */
  fromEventItem(item: EventFormConfigurationItem, source: string): LiveItem;
  /** Normalizes an API-form item (GetResourceConfigHistory, BatchGetResourceConfig). */
  fromApiItem(item: unknown, source: string): LiveItem;
  /** The Cloud Control and direct types the engine compares: what the sweep reads beside AWS Config. */
  readonly liveTargets: { readonly [S in Exclude<LiveSource, 'config'>]: readonly ReadTarget[] };
  /** Reads Cloud Control and direct outputs, and declared inventory envelopes of them. */
  readLive(json: unknown, source: string, place: ReadPlace): ReadLive;
  /** The item of a resource a read found gone: it proves that one resource deleted, and nothing else. */
  goneItem(resource: GoneResource, place: ReadPlace): ReadItem;
  /** Builds the comparison from the published cdktf.out files and the state files. */
  createChecks(
    iac: LoadedFile[],
    states: LoadedFile[],
    options: { readonly recordedTypes: readonly string[] },
  ): DriftChecks;
}
