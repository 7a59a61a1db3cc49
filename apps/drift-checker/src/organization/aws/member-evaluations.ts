// PutEvaluations into a member account's Config. The organization rule lives in the member account and its result
// token is for that account's Config, so the central function assumes the member account's delivery role and calls
// PutEvaluations there, in the rule's region (AWS's pattern for a rule whose Lambda is in another account).
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { adaptiveRetry } from '@groundwork/aws-read';
import { putEvaluations } from '../../sinks/config-evaluations';
import type { MemberEvaluations, SweepEvaluation } from '../sweep-ports';
import { MemberRoleCredentials, type AssumeRoleSender } from './member-credentials';

/** PutEvaluations is throttled per account: adaptive retry slows the client down before it gives up. */
const PUT_RETRY = adaptiveRetry(8);

/** The session the delivery role is assumed in: CloudTrail in the member account shows it. */
const SESSION_NAME = 'groundwork-drift-deliver';

export class AssumedRoleMemberEvaluations implements MemberEvaluations {
  /** By partition (the rule ARN's): the role's credentials, kept per account while they last. */
  private readonly roles = new Map<string, MemberRoleCredentials>();

  constructor(
    private readonly sts: AssumeRoleSender,
    /** The role every member account has for the delivery function (DEFAULT_MEMBER_DELIVERY_ROLE_NAME). */
    private readonly roleName: string,
  ) {}

  private rolesIn(partition: string): MemberRoleCredentials {
    let roles = this.roles.get(partition);
    if (!roles)
      this.roles.set(
        partition,
        (roles = new MemberRoleCredentials(this.sts, {
          partition,
          roleName: this.roleName,
          durationSeconds: 900,
        })),
      );
    return roles;
  }

  async put(
    target: { partition: string; accountId: string; region: string; resultToken: string },
    evaluations: readonly SweepEvaluation[],
  ): Promise<{ calls: number; failed: number }> {
    const credentials = this.rolesIn(target.partition).credentials(target.accountId, SESSION_NAME);
    // Assumed before the client exists: a refused role fails the delivery before any PutEvaluations.
    await credentials();
    const config = new ConfigServiceClient({ region: target.region, credentials, ...PUT_RETRY });
    try {
      const result = await putEvaluations(
        config,
        target.resultToken,
        evaluations.map((e) => ({
          ComplianceResourceType: e.resourceType,
          ComplianceResourceId: e.resourceId,
          ComplianceType: e.compliance,
          Annotation: e.annotation,
          OrderingTimestamp: new Date(e.orderingTimestamp),
        })),
      );
      for (const f of result.failed)
        console.warn(
          JSON.stringify({
            level: 'WARN',
            message: 'Config refused an evaluation',
            accountId: target.accountId,
            region: target.region,
            resourceType: f.ComplianceResourceType,
            resourceId: f.ComplianceResourceId,
          }),
        );
      return { calls: result.calls, failed: result.failed.length };
    } finally {
      config.destroy();
    }
  }
}
