// What the handler needs from the drift engine. The production implementation (drift-engine.ts) wraps
// @groundwork/drift; keeping the handler on this narrow seam lets the sinks and event paths be tested on their own.
import type { DriftReport, ResourceResult } from '@groundwork/drift';
import type { EventFormConfigurationItem } from '@groundwork/drift';

/** A live item normalized by the engine; opaque to the handler. */
export type LiveItem = unknown;

/** An object fetched from S3 (or a file), with the path used in error messages. */
export interface LoadedFile {
  readonly path: string;
  readonly content: string;
}

/** The desired model for one version of the IaC and state: built once, then used for many events. */
export interface DriftChecks {
  /** One changed item: the result for that live resource only. */
  checkItem(item: LiveItem): ResourceResult;
  /** A full sweep: also reports DELETED, NOT_CHECKED and UNMANAGED. */
  check(items: LiveItem[]): DriftReport;
}

export interface DriftEnginePort {
  /** The AWS Config resource types the engine can compare. */
  readonly adaptedResourceTypes: readonly string[];
  /** Normalizes an event-form item (rule invocation or EventBridge). */
  fromEventItem(item: EventFormConfigurationItem, source: string): LiveItem;
  /** Normalizes an API-form item (GetResourceConfigHistory, BatchGetResourceConfig). */
  fromApiItem(item: unknown, source: string): LiveItem;
  /** Builds the comparison from the published cdktf.out files and the state files. */
  createChecks(
    iac: LoadedFile[],
    states: LoadedFile[],
    options: { readonly recordedTypes: readonly string[] },
  ): DriftChecks;
}
