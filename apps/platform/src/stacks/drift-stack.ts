import { Construct } from 'constructs';
import { ConfigRecorder, DriftChecker } from '@groundwork/governance';
import { STATE_KEY_PREFIX } from '../backend';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

export interface DriftStackProps extends EnvironmentStackProps {
  /** The drift-checker Lambda's deployment package (`lambda.zip`). */
  readonly driftBundleZip: string;
}

/**
 * `drift-<env>`: AWS Config records every supported resource (global ones in this, the environment's only
 * region), and the drift checker compares each change with the IaC the deploy workflow published next to the
 * stacks' state, alerting through SNS, Config compliance and EventBridge.
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
    });
  }
}
