// What a shard writes to the sweep bucket, and the reducer merges: its counts, and the findings that need a person
// (everything but IN_SYNC). In-sync resources are counted, not listed: at a million resources the list would be
// the report's whole size and nobody's reading.
import type { IncompleteType } from '@groundwork/aws-read';
import type { DriftReport, ResourceResult } from '@groundwork/drift';

export interface ShardResult {
  readonly version: 1;
  readonly shardId: string;
  readonly accountId: string;
  readonly region: string;
  readonly resourceTypes: readonly string[];
  /** Live items read. */
  readonly items: number;
  readonly summary: DriftReport['summary'];
  /** Managed resources and those of them checked: what the organization's coverage is merged from. */
  readonly managed: number;
  readonly checked: number;
  readonly findings: ResourceResult[];
  readonly evaluationsPut: number;
  /** Types the shard could not read in full, and why (absent in results of shards that read every type). */
  readonly incomplete?: readonly IncompleteType[];
}

/** What the shard returns to Step Functions: small, so the map's output stays far below its payload limit. */
export interface ShardOutput {
  readonly shardId: string;
  readonly items: number;
  readonly findings: number;
  readonly evaluationsPut: number;
}
