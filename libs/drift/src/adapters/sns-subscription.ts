import { decodeNested } from '../live/decode';
import { NormWhole, UNKNOWN } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { bool, conf, defined, keys, lower, text } from './helpers';

/** A subscription is one (topic, protocol, endpoint): that names it as well as its ARN. */
function triple(topic: unknown, protocol: unknown, endpoint: unknown): string | undefined {
  const t = text(topic);
  const p = text(protocol);
  const e = text(endpoint);
  return t && p && e ? `${t}|${p.toLowerCase()}|${e}` : undefined;
}

/** A JSON policy (filter, redrive, delivery) as a value; null for none. */
function document(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  if (v === null || v === '') return new NormWhole(null);
  const value = decodeNested(v);
  return typeof value === 'string' ? UNKNOWN : new NormWhole(value);
}

/** A subscription attribute the read returned, else unknown: a listed subscription carries none of them. */
function read(v: unknown, f: (x: unknown) => unknown = (x) => x): unknown {
  return v === undefined ? UNKNOWN : f(v);
}

/**
 * `AWS::SNS::Subscription` read through AWS Cloud Control: AWS Config's `AWS::SNS::Topic` item does not hold the
 * topic's subscriptions, and Config records no subscription type.
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_SNS_Subscription.json`): `handlers.read` GetSubscriptionAttributes; `handlers.list`
 * ListSubscriptions with no parent, whose summaries hold topic, protocol and endpoint only;
 * `primaryIdentifier` Arn; `readOnlyProperties` Arn; `writeOnlyProperties` Region (never compared); not taggable.
 * Attributes a read did not return are not compared.
 */
export const snsSubscriptionAdapter: Adapter = {
  configType: 'AWS::SNS::Subscription',
  source: 'cloudcontrol',
  terraformTypes: ['aws_sns_topic_subscription'],
  folds: [],
  compared: [
    'topic_arn',
    'protocol',
    'endpoint',
    'raw_message_delivery',
    'filter_policy',
    'filter_policy_scope',
    'redrive_policy',
    'delivery_policy',
    'subscription_role_arn',
  ],
  joinKey: 'subscription ARN, or topic, protocol and endpoint',
  desiredKeys: (v, s) =>
    keys(
      s?.['arn'],
      s?.['id'],
      triple(s?.['topic_arn'], s?.['protocol'], s?.['endpoint']),
      triple(v['topic_arn'], v['protocol'], v['endpoint']),
    ),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['Arn'], triple(c['TopicArn'], c['Protocol'], c['Endpoint']));
  },
  expected: (input) => {
    const v = input.values;
    // A subscription the IaC creates has no policy it does not set: a filter added by hand can silence alerts.
    const none = input.ownsResource ? null : undefined;
    return defined({
      topic_arn: v['topic_arn'],
      protocol: lower(v['protocol']),
      endpoint: v['endpoint'],
      raw_message_delivery: bool(v['raw_message_delivery'] ?? (input.ownsResource ? false : undefined)),
      filter_policy: document(v['filter_policy'] ?? none),
      filter_policy_scope: lower(v['filter_policy_scope']),
      redrive_policy: document(v['redrive_policy'] ?? none),
      delivery_policy: document(v['delivery_policy'] ?? none),
      subscription_role_arn: v['subscription_role_arn'],
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      topic_arn: c['TopicArn'],
      protocol: lower(c['Protocol']),
      endpoint: c['Endpoint'],
      raw_message_delivery: read(c['RawMessageDelivery'], bool),
      filter_policy: read(c['FilterPolicy'], document),
      filter_policy_scope: read(c['FilterPolicyScope'], lower),
      redrive_policy: read(c['RedrivePolicy'], document),
      delivery_policy: read(c['DeliveryPolicy'], document),
      subscription_role_arn: read(c['SubscriptionRoleArn']),
    };
  },
};
