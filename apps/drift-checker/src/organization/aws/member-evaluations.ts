// PutEvaluations into a member account's Config. The organization rule lives in the member account and its result
// token is for that account's Config, so the central function assumes the member account's delivery role and calls
// PutEvaluations there, in the rule's region (AWS's pattern for a rule whose Lambda is in another account).
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { adaptiveRetry } from '@groundwork/aws-read';
import { putEvaluations } from '../../sinks/config-evaluations';
import type { MemberEvaluations, SweepEvaluation } from '../sweep-ports';

/** PutEvaluations is throttled per account: adaptive retry slows the client down before it gives up. */
const PUT_RETRY = adaptiveRetry(8);

export class AssumedRoleMemberEvaluations implements MemberEvaluations {
  constructor(
    private readonly sts: STSClient,
    /** The role every member account has for the delivery function (DEFAULT_MEMBER_DELIVERY_ROLE_NAME). */
    private readonly roleName: string,
  ) {}

  async put(
    target: { partition: string; accountId: string; region: string; resultToken: string },
    evaluations: readonly SweepEvaluation[],
  ): Promise<{ calls: number; failed: number }> {
    const roleArn = `arn:${target.partition}:iam::${target.accountId}:role/${this.roleName}`;
    const assumed = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'groundwork-drift-deliver',
        DurationSeconds: 900,
      }),
    );
    const c = assumed.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new Error(`AssumeRole of ${roleArn} returned no credentials`);
    const config = new ConfigServiceClient({
      region: target.region,
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
      },
      ...PUT_RETRY,
    });
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
