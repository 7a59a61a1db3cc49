// AWS::SNS::Subscription: Config's topic item does not hold subscriptions; Cloud Control reads them
// (GetSubscriptionAttributes; a ListResources lists topic, protocol and endpoint).
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const snsSubscription: SimulatedType = {
  awsType: 'AWS::SNS::Subscription',
  terraformTypes: {
    aws_sns_topic_subscription: {
      computed: (v, ctx) => {
        const subscriptionArn = `${v.topic_arn}:${ctx.ids.uuid()}`;
        return {
          id: subscriptionArn,
          arn: subscriptionArn,
          owner_id: ctx.account,
          raw_message_delivery: v.raw_message_delivery ?? false,
          // An e-mail subscription waits for its recipient to confirm it.
          pending_confirmation: v.protocol === 'email' || v.protocol === 'email-json',
          confirmation_was_authenticated: false,
        };
      },
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const listed = { Arn: a.arn, TopicArn: a.topic_arn, Protocol: a.protocol, Endpoint: a.endpoint };
        return {
          typeName: 'AWS::SNS::Subscription',
          identifier: String(a.arn),
          region: ctx.region,
          properties: setProperties({
            ...listed,
            RawMessageDelivery: a.raw_message_delivery === true,
            FilterPolicy: a.filter_policy ? JSON.parse(String(a.filter_policy)) : undefined,
            FilterPolicyScope: a.filter_policy_scope,
            RedrivePolicy: a.redrive_policy ? JSON.parse(String(a.redrive_policy)) : undefined,
            SubscriptionRoleArn: a.subscription_role_arn,
          }),
          listed,
        };
      },
    },
  },
};
