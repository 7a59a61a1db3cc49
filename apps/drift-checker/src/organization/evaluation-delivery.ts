// Delivery of the sweep's changed evaluations into the member accounts' Config. The organization custom Config rule
// (periodic, ScheduledNotification) invokes the central delivery function once per member account and region; the
// invocation's result token is what PutEvaluations needs. The function puts every evaluation still pending for that
// account and region (the types recorded once per account go to the global region), then deletes what it delivered,
// so an invocation after an unchanged sweep puts none.
import { classifyConfigEvent } from '@groundwork/drift';
import type { PendingEvaluationsObject } from './pending-evaluations';
import { sweepKeys } from './sweep-keys';
import type { MemberEvaluations, SweepEvaluation, SweepStore } from './sweep-ports';

/** Who invoked the function: the member account and region of the rule, and the token to answer with. */
export interface DeliveryTarget {
  /** `aws`, `aws-cn`, `aws-us-gov`: the rule ARN's, for the member role's ARN. */
  readonly partition: string;
  readonly accountId: string;
  readonly region: string;
  readonly resultToken: string;
}

const ACCOUNT_ID = /^\d{12}$/;
// arn:<partition>:config:<region>:<account>:config-rule/<id>
const CONFIG_RULE_ARN = /^arn:([a-z-]+):config:([a-z0-9-]+):(\d{12}):config-rule\/.+$/;

/**
 * The target of a periodic rule invocation; throws with what is wrong for anything else. The organization rule is
 * periodic only, so any other message type means the rule was changed by hand.
 */
export function deliveryTargetOf(event: unknown): DeliveryTarget {
  const classified = classifyConfigEvent(event);
  if (classified.kind === 'malformed')
    throw new Error(`not an AWS Config rule invocation: ${classified.reason}`);
  if (classified.kind !== 'scheduled')
    throw new Error(
      `the evaluation delivery rule must be periodic (ScheduledNotification), got an invocation of kind "${classified.kind}" ` +
        'invocation: redeploy the OrganizationDriftChecker to restore the rule',
    );
  const { accountId, configRuleArn } = event as Record<string, unknown>;
  if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId))
    throw new Error(
      `rule invocation /accountId must be a 12-digit account id, got ${JSON.stringify(accountId)}`,
    );
  const arn = typeof configRuleArn === 'string' ? CONFIG_RULE_ARN.exec(configRuleArn) : null;
  if (!arn)
    throw new Error(
      `rule invocation /configRuleArn must be a Config rule ARN, got ${JSON.stringify(configRuleArn)}`,
    );
  const [, partition, region, ruleAccount] = arn;
  if (ruleAccount !== accountId)
    throw new Error(
      `rule invocation /configRuleArn names account ${ruleAccount}, but /accountId is ${accountId}`,
    );
  return { partition: partition!, accountId, region: region!, resultToken: classified.rule.resultToken };
}

export interface DeliveryDependencies {
  readonly store: SweepStore;
  readonly members: MemberEvaluations;
  /** The region whose rule invocation also delivers the types recorded once per account (IAM). */
  readonly globalRegion: string;
}

export interface DeliveryOutput {
  readonly accountId: string;
  readonly region: string;
  /** Pending objects read and, once put, deleted. */
  readonly objects: number;
  readonly evaluationsPut: number;
  readonly calls: number;
  /** Evaluations Config refused; retrying would be refused again, so they are counted and not kept. */
  readonly failed: number;
}

/**
 * The newest evaluation of each resource over the pending objects: a resource that changed in two sweeps before a
 * delivery is put once, as the later sweep saw it.
 */
function newestPerResource(objects: readonly PendingEvaluationsObject[]): SweepEvaluation[] {
  const newest = new Map<string, SweepEvaluation>();
  for (const object of objects)
    for (const e of object.evaluations) {
      const key = `${e.resourceType} ${e.resourceId}`;
      const seen = newest.get(key);
      if (!seen || Date.parse(e.orderingTimestamp) >= Date.parse(seen.orderingTimestamp)) newest.set(key, e);
    }
  return [...newest.values()];
}

function readPending(key: string, text: string): PendingEvaluationsObject {
  const parsed = JSON.parse(text) as Partial<PendingEvaluationsObject>;
  if (parsed.version !== 1 || !Array.isArray(parsed.evaluations))
    throw new Error(`${key}: not a pending-evaluations object of version 1; delete it or rerun the sweep`);
  return parsed as PendingEvaluationsObject;
}

/**
 * Puts every pending evaluation of the target's account and region, then deletes the objects it read. A failure
 * before the delete leaves them for the next invocation, which puts them again: Config keeps the evaluation with
 * the newest ordering timestamp, so a repeat changes nothing. Objects a sweep writes meanwhile are not touched.
 */
export async function deliverPendingEvaluations(
  target: DeliveryTarget,
  deps: DeliveryDependencies,
): Promise<DeliveryOutput> {
  const places = target.region === deps.globalRegion ? [target.region, 'global'] : [target.region];
  const keys = (
    await Promise.all(
      places.map((place) => deps.store.list(sweepKeys.pendingEvaluationsPrefix(target.accountId, place))),
    )
  ).flat();
  const objects = await Promise.all(
    keys.map(async (key) => {
      const text = await deps.store.get(key);
      return text === undefined ? undefined : readPending(key, text);
    }),
  );
  const evaluations = newestPerResource(objects.filter((o) => o !== undefined));
  const { calls, failed } =
    evaluations.length > 0 ? await deps.members.put(target, evaluations) : { calls: 0, failed: 0 };
  if (keys.length > 0) await deps.store.remove(keys);
  return {
    accountId: target.accountId,
    region: target.region,
    objects: keys.length,
    evaluationsPut: evaluations.length - failed,
    calls,
    failed,
  };
}
