// Rule compliance for AWS Config: one evaluation per resource, sent with the invocation's result token.
import { ConfigServiceClient, Evaluation, PutEvaluationsCommand } from '@aws-sdk/client-config-service';
import type { ResourceResult } from '@groundwork/drift';
import { annotation, truncate, MAX_ANNOTATION } from './drift-summary';

/** AWS Config accepts at most 100 evaluations per PutEvaluations call. */
export const MAX_EVALUATIONS_PER_CALL = 100;

export type ComplianceType = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';

export interface EvaluationTarget {
  readonly resourceType: string;
  readonly resourceId: string;
  /** The item's capture time (or the scheduled notification's time for a resource with no live item). */
  readonly orderingTimestamp: Date;
}

/** IN_SYNC is compliant; MODIFIED and DELETED are not; UNMANAGED and NOT_CHECKED are not this rule's business. */
export function complianceOf(result: ResourceResult): ComplianceType {
  switch (result.status) {
    case 'IN_SYNC':
      return 'COMPLIANT';
    case 'MODIFIED':
    case 'DELETED':
      return 'NON_COMPLIANT';
    default:
      return 'NOT_APPLICABLE';
  }
}

export function evaluationFor(result: ResourceResult, target: EvaluationTarget): Evaluation {
  return {
    ComplianceResourceType: target.resourceType,
    ComplianceResourceId: target.resourceId,
    ComplianceType: complianceOf(result),
    Annotation: annotation(result),
    OrderingTimestamp: target.orderingTimestamp,
  };
}

/** NOT_APPLICABLE with a reason: out of scope, or deleted and never managed. */
export function notApplicable(target: EvaluationTarget, reason: string): Evaluation {
  return {
    ComplianceResourceType: target.resourceType,
    ComplianceResourceId: target.resourceId,
    ComplianceType: 'NOT_APPLICABLE',
    Annotation: truncate(reason, MAX_ANNOTATION),
    OrderingTimestamp: target.orderingTimestamp,
  };
}

export interface PutEvaluationsResult {
  readonly calls: number;
  /** Evaluations AWS Config refused (validation); retrying would not help, so they are reported, not thrown. */
  readonly failed: Evaluation[];
}

/** Sends the evaluations in calls of at most 100. Transient errors are retried by the SDK, then thrown. */
export async function putEvaluations(
  client: ConfigServiceClient,
  resultToken: string,
  evaluations: readonly Evaluation[],
): Promise<PutEvaluationsResult> {
  const failed: Evaluation[] = [];
  let calls = 0;
  for (let i = 0; i < evaluations.length; i += MAX_EVALUATIONS_PER_CALL) {
    const res = await client.send(
      new PutEvaluationsCommand({
        ResultToken: resultToken,
        Evaluations: evaluations.slice(i, i + MAX_EVALUATIONS_PER_CALL),
      }),
    );
    calls++;
    failed.push(...(res.FailedEvaluations ?? []));
  }
  return { calls, failed };
}
