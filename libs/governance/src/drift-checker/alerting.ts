// Where drift goes: the SNS topic for people (with its subscriptions), the EventBridge bus for automation, and the
// KMS key that encrypts the topic and the function's logs.
import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import type { Construct } from 'constructs';
import type { CheckerAccount } from './checker-account';
import { keyPolicyStatements } from './key-policy';

export interface CheckerAlertingProps {
  readonly account: CheckerAccount;
  readonly namePrefix: string;
  /** The log group the key encrypts (it exists once the function part has built it). */
  readonly logGroupName: string;
  /** The function's role, which publishes to the encrypted topic. */
  readonly functionRoleArn: string;
  readonly alertEmails: readonly string[];
  readonly alertHttpsEndpoints: readonly string[];
}

export class CheckerAlerting {
  readonly key: KmsKey;
  readonly topic: SnsTopic;
  readonly bus: CloudwatchEventBus;

  constructor(scope: Construct, props: CheckerAlertingProps) {
    const { account, namePrefix: name } = props;
    const keyPolicy = new DataAwsIamPolicyDocument(scope, 'key-policy', {
      statement: keyPolicyStatements({
        ...account,
        logGroupName: props.logGroupName,
        functionRoleArn: props.functionRoleArn,
      }),
    });
    this.key = new KmsKey(scope, 'key', {
      description: 'Groundwork drift checker: logs and alert topic',
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: keyPolicy.json,
    });
    new KmsAlias(scope, 'key-alias', { name: `alias/${name}`, targetKeyId: this.key.keyId });

    this.topic = new SnsTopic(scope, 'alerts', { name: `${name}-alerts`, kmsMasterKeyId: this.key.arn });
    for (const [i, endpoint] of props.alertEmails.entries())
      new SnsTopicSubscription(scope, `alert-email-${i}`, {
        topicArn: this.topic.arn,
        protocol: 'email',
        endpoint,
      });
    for (const [i, endpoint] of props.alertHttpsEndpoints.entries())
      new SnsTopicSubscription(scope, `alert-https-${i}`, {
        topicArn: this.topic.arn,
        protocol: 'https',
        endpoint,
      });
    this.bus = new CloudwatchEventBus(scope, 'bus', { name: `${name}-events` });
  }
}
