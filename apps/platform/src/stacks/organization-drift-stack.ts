import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { OrganizationDriftChecker, suppress } from '@groundwork/governance';
import { STATE_KEY_PREFIX } from '../backend';
import { PlatformStack, PlatformStackProps } from './platform-stack';

export interface OrganizationDriftStackProps extends PlatformStackProps {
  /** The AWS Organizations id (`o-…`). */
  readonly organizationId: string;
  /** Regions swept in every member account. */
  readonly regions: readonly string[];
  /** The organization sweep's deployment package (`organization/lambda.zip`). */
  readonly bundleZip: string;
  readonly alertEmails: readonly string[];
}

/** The name prefix of the organization's drift resources: what the member stacks address them by. */
export function organizationDriftPrefix(project: string): string {
  return `${project}-drift-org`;
}

/**
 * The central bus and the central functions' roles, as ARNs the member accounts' stacks can name (another
 * account's resources cannot be referenced across stacks): built from the names the central stack gives them.
 */
export function centralDriftArns(
  project: string,
  auditAccountId: string,
  region: string,
): { busArn: string; roleArns: string[]; deliveryRoleArn: string } {
  const prefix = organizationDriftPrefix(project);
  const role = (f: string) => `arn:aws:iam::${auditAccountId}:role/${prefix}-${f}`;
  return {
    busArn: `arn:aws:events:${region}:${auditAccountId}:event-bus/${prefix}-events`,
    roleArns: ['planner', 'shard', 'reducer'].map(role),
    deliveryRoleArn: role('deliver'),
  };
}

/**
 * `drift-organization`, in the audit (or delegated administrator) account: the organization sweep on Step
 * Functions, the organization Config aggregator it reads, and the central bus the member accounts forward their
 * Config changes to.
 */
export class OrganizationDriftStack extends PlatformStack {
  readonly checker: OrganizationDriftChecker;

  constructor(scope: Construct, id: string, props: OrganizationDriftStackProps) {
    super(scope, id, props);
    const { org } = props;
    // AWS Config rules are regional: the organization rule goes to every swept region, each with its provider.
    const evaluationRegionProviders = props.regions
      .filter((r) => r !== props.region)
      .map(
        (r) =>
          new AwsProvider(this, `aws-${r}`, { region: r, alias: r, allowedAccountIds: [props.accountId] }),
      );
    this.checker = new OrganizationDriftChecker(this, 'organization-drift', {
      bundleZip: props.bundleZip,
      organizationId: props.organizationId,
      regions: props.regions,
      namePrefix: organizationDriftPrefix(org.project),
      iacBucket: org.stateBucket,
      iacPrefix: 'cdktf.out/',
      statePrefix: STATE_KEY_PREFIX,
      sweepBucketName: `${org.project}-drift-sweeps-${props.accountId}`,
      alertEmails: props.alertEmails,
      evaluationRegionProviders,
    });
    for (const part of [
      this.checker.planner,
      this.checker.shard,
      this.checker.reducer,
      this.checker.delivery,
    ]) {
      suppress(
        part.function,
        'GW-LMB-002',
        "the state machine's MaxConcurrency bounds the shards, and one sweep runs at a time; reserving concurrency " +
          'fails to deploy in accounts still on the initial concurrency quota',
      );
      suppress(
        part.function,
        'GW-LMB-003',
        'the package is built from this repository by the deploy workflow and uploaded by Terraform; code signing ' +
          'needs AWS Signer and a signed package in S3, which the workflow does not produce yet',
      );
    }
  }
}
