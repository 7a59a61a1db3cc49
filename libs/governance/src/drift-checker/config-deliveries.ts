// AWS Config's notifications as many accounts already route them: the delivery channel's SNS topic, or a queue that
// topic feeds. The function subscribes to the topic, or reads the queue through an event source mapping, and checks
// each change message as it checks Config's EventBridge events.
import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import type { ITerraformDependable } from 'cdktf';
import type { Construct } from 'constructs';

export interface ConfigDeliveriesProps {
  readonly function: LambdaFunction;
  /** The delivery channel's topic, in the function's region. */
  readonly topicArn: string | null;
  /** A queue the topic feeds (with or without raw message delivery). */
  readonly queueArn: string | null;
  /** The role policy: the mapping polls the queue with the function's role, so it must exist first. */
  readonly rolePolicy: ITerraformDependable;
}

export class ConfigDeliveries {
  constructor(scope: Construct, props: ConfigDeliveriesProps) {
    const fn = props.function;
    if (props.topicArn) {
      const permission = new LambdaPermission(scope, 'allow-config-topic', {
        statementId: 'AllowConfigNotificationTopic',
        action: 'lambda:InvokeFunction',
        functionName: fn.functionName,
        principal: 'sns.amazonaws.com',
        sourceArn: props.topicArn,
      });
      new SnsTopicSubscription(scope, 'config-topic-subscription', {
        topicArn: props.topicArn,
        protocol: 'lambda',
        endpoint: fn.arn,
        dependsOn: [permission],
      });
    }
    if (props.queueArn)
      new LambdaEventSourceMapping(scope, 'config-queue', {
        eventSourceArn: props.queueArn,
        functionName: fn.arn,
        // One change message a record; ten per invocation keeps a batch well inside the function's timeout.
        batchSize: 10,
        dependsOn: [props.rolePolicy],
      });
  }
}
