// What the organization sweep needs from AWS, as narrow seams: the Lambda binds them to the SDK (aws/), tests and the
// benchmark to a simulated organization.
import type { IncompleteType } from '@groundwork/aws-read';
import type { ConfigItem, Inventory } from '@groundwork/drift';
import type { SweepShard } from './sweep-shard-plan';

/** The organization's active member accounts and how many items each records per type and region. */
export interface OrganizationDirectory {
  accounts(): Promise<readonly string[]>;
  /** Recorded items per resource type in one account and region (`global` for global types). */
  resourceCounts(accountId: string, region: string): Promise<ReadonlyMap<string, number>>;
}

/** What a shard read: its items, the complete inventories they prove, and the types it could not read in full. */
export interface ShardRead {
  readonly items: ConfigItem[];
  readonly inventories: Inventory[];
  /** Types refused in the account (access denied, no read role): none of their absent resources is DELETED. */
  readonly incomplete?: readonly IncompleteType[];
}

/** The live items of one shard: its types in its account and region. */
export interface ShardReader {
  read(shard: SweepShard): Promise<ShardRead>;
}

/** One AWS Config evaluation, as the sweep computes it. */
export interface SweepEvaluation {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly compliance: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';
  readonly annotation: string;
  readonly orderingTimestamp: string;
}

/** Puts evaluations for one account and region (at most 100 per call is the sink's business). */
export interface EvaluationSink {
  put(accountId: string, region: string, evaluations: readonly SweepEvaluation[]): Promise<void>;
}

/**
 * Puts evaluations into one member account and region's Config with the result token of an invocation of the
 * organization rule there. At most 100 a call is the port's business; refused evaluations are returned, not thrown.
 */
export interface MemberEvaluations {
  put(
    target: {
      readonly partition: string;
      readonly accountId: string;
      readonly region: string;
      readonly resultToken: string;
    },
    evaluations: readonly SweepEvaluation[],
  ): Promise<{ calls: number; failed: number }>;
}

/** Sends the one digest of a sweep to people. */
export interface DigestNotifier {
  publish(subject: string, message: string): Promise<void>;
}

/** JSON and text objects under keys: the sweep bucket. `list` returns every key under a prefix. */
export interface SweepStore {
  get(key: string): Promise<string | undefined>;
  put(key: string, body: string, contentType: string): Promise<void>;
  list(prefix: string): Promise<string[]>;
  /** Deletes the keys; a key already gone is no error. */
  remove(keys: readonly string[]): Promise<void>;
}
