import type { ConfigItem } from '@groundwork/drift';
import type { CodifiedModule, CodifiedResource, ConstructReference } from './codified-resource';

/** Where a codified resource goes, and what of the IaC it can refer to. */
export interface CodifyContext {
  readonly stack: string;
  /** Why that stack, in words, for the generated module's header and the markdown. */
  readonly placement: string;
  /** The managed resource with this live id and Config type, as a reference, when the IaC has it. */
  managed(resourceType: string, resourceId: string, attribute: string): ConstructReference | undefined;
}

/** Turns one live configuration item into the resources that describe it. */
export interface Codifier {
  readonly resourceType: string;
  codify(item: ConfigItem, context: CodifyContext): CodifiedModule;
}

/** Tags a user may set: AWS reserves the `aws:` prefix. */
export function userTags(tags: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([k]) => !k.startsWith('aws:')));
}

/** A construct id from a live name: letters, digits, `-` and `_`, as cdktf ids read best. */
export function constructIdOf(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'resource';
}

/** What a live item becomes: its resources, under a construct named after it in the context's stack. */
export function codifiedModule(
  item: ConfigItem,
  context: CodifyContext,
  name: string,
  resources: readonly CodifiedResource[],
  notCodified: readonly string[] = [],
): CodifiedModule {
  return {
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    stack: context.stack,
    placement: context.placement,
    constructId: constructIdOf(name),
    resources,
    notCodified,
  };
}
