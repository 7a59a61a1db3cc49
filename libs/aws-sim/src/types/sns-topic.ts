// AWS::SNS::Topic, in the CloudFormation-registry shape Config records it, with the policy SNS gives every topic.
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

function defaultTopicPolicy(topicArn: string, account: string): object {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  };
}

export const snsTopic: SimulatedType = {
  awsType: 'AWS::SNS::Topic',
  terraformTypes: {
    aws_sns_topic: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const topicArn = arn(ctx, 'sns', String(v.name));
        return { id: topicArn, arn: topicArn, owner: ctx.account, fifo_topic: false };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::SNS::Topic',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            TopicArn: a.arn,
            Owner: ctx.account,
            DisplayName: a.display_name ?? '',
            KmsMasterKeyId: a.kms_master_key_id,
            Policy: JSON.stringify(defaultTopicPolicy(String(a.arn), ctx.account)),
            EffectiveDeliveryPolicy: JSON.stringify({
              http: {
                defaultHealthyRetryPolicy: {
                  minDelayTarget: 20,
                  maxDelayTarget: 20,
                  numRetries: 3,
                  numMaxDelayRetries: 0,
                  numNoDelayRetries: 0,
                  numMinDelayRetries: 0,
                  backoffFunction: 'linear',
                },
                disableSubscriptionOverrides: false,
                defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
              },
            }),
            ApplicationSuccessFeedbackSampleRate: 0.0,
            LambdaSuccessFeedbackSampleRate: 0.0,
            FirehoseSuccessFeedbackSampleRate: 0.0,
            SQSSuccessFeedbackSampleRate: 0.0,
            HTTPSuccessFeedbackSampleRate: 0.0,
          },
          supplementaryConfiguration: { Tags: Object.entries(tags).map(([key, value]) => ({ value, key })) },
        });
      },
    },
  },
};
