import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { ConfigRecorder, DriftChecker, suppress } from '@groundwork/governance';
import { STATE_KEY_PREFIX } from '../backend';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

export interface DriftStackProps extends EnvironmentStackProps {
  /** The drift-checker Lambda's deployment package (`lambda.zip`). */
  readonly driftBundleZip: string;
}

/**
 * `drift-<env>`: AWS Config records every supported resource (global ones in this, the environment's only
 * region), and the drift checker compares each change with the IaC the deploy workflow published next to the
 * stacks' state, alerting through SNS, Config compliance and EventBridge. Outside us-east-1 it also deploys there the
 * rule that forwards Organizations, IAM and CloudFront calls to the checker's region.
 */
export class DriftStack extends EnvironmentStack {
  readonly recorder: ConfigRecorder;
  readonly checker: DriftChecker;

  constructor(scope: Construct, id: string, props: DriftStackProps) {
    super(scope, id, props);
    const { env, org } = props;
    this.recorder = new ConfigRecorder(this, 'config-recorder', {
      recordGlobalResources: true,
      bucketName: `${org.project}-${env.name}-config-${env.accountId}`,
    });
    this.checker = new DriftChecker(this, 'drift-checker', {
      bundleZip: props.driftBundleZip,
      namePrefix: `${org.project}-${env.name}-drift`,
      iacBucket: org.stateBucket,
      iacPrefix: `cdktf.out/${env.name}/`,
      statePrefix: STATE_KEY_PREFIX,
      alertEmails: env.alertEmails,
      dependsOn: [this.recorder.recorder],
      globalEventsProvider: this.usEast1Provider(),
    });
    const checkerFunction = this.checker.node.findChild('function');
    suppress(
      checkerFunction,
      'GW-LMB-002',
      "AWS keeps at least 100 of an account's concurrent executions unreserved (10 on the initial quota of a new " +
        "account), so reserving concurrency fails to deploy in accounts still on that quota; the checker's load is " +
        "bounded by Config's delivery rate and by the retries and event age of its async invoke config",
    );
    suppress(
      checkerFunction,
      'GW-LMB-003',
      'the package is built from this repository by the deploy workflow and uploaded by Terraform; code signing ' +
        'needs AWS Signer and a signed package in S3, which the workflow does not produce yet',
    );
  }

  /**
   * Organizations, IAM and CloudFront calls reach EventBridge only in us-east-1: outside it, a provider there lets
   * the checker forward them to its own region, so an SCP or password-policy edit pages within minutes.
   */
  private usEast1Provider(): AwsProvider | undefined {
    if (this.region === 'us-east-1') return undefined;
    return new AwsProvider(this, 'aws-us-east-1', {
      alias: 'us-east-1',
      region: 'us-east-1',
      allowedAccountIds: [this.accountId],
    });
  }
}
