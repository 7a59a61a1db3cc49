import type { Adapter, ExpectedInput } from './adapter';
import { UNKNOWN, conf, defined, foldedOf, keys, liveTags, policy, tagsOf } from './helpers';

/**
 * The bus's resource policy, from `aws_cloudwatch_event_bus_policy` (one per bus: PutPermission with a whole policy
 * replaces it). A bus the IaC creates without one has none: a policy added by hand is drift.
 */
function expectedPolicy(input: ExpectedInput): unknown {
  const policies = foldedOf(input, 'aws_cloudwatch_event_bus_policy');
  if (policies.length > 1) return UNKNOWN;
  if (policies.length === 1) return policy(policies[0]?.['policy']);
  return input.ownsResource ? policy(null) : undefined;
}

/**
 * `AWS::Events::EventBus`, as AWS Config records it: in the CloudFormation registry's shape (Name, Arn,
 * EventSourceName, Tags, Policy). The type's resource schema (aws-cloudformation-resource-providers-events,
 * `aws-events-eventbus.json`) gives `Policy` as an object or a string, read by DescribeEventBus; Config's field
 * inventory lists only searchable scalars, never such a document (as with a rule's EventPattern), so the policy is
 * compared when the item records it and unknown when it does not.
 */
export const eventsEventBusAdapter: Adapter = {
  configType: 'AWS::Events::EventBus',
  terraformTypes: ['aws_cloudwatch_event_bus'],
  folds: [{ type: 'aws_cloudwatch_event_bus_policy', parentAttributes: ['event_bus_name'] }],
  compared: ['name', 'event_source_name', 'policy (semantic, from aws_cloudwatch_event_bus_policy)', 'tags'],
  joinKey: 'event bus name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) =>
    keys(item.resourceId, item.resourceName, item.arn, conf(item)['Name'], conf(item)['Arn']),
  expected: (input) =>
    defined({
      name: input.values['name'],
      event_source_name: input.values['event_source_name'],
      policy: expectedPolicy(input),
      tags: tagsOf(input),
    }),
  actual: (item) => {
    const c = conf(item);
    return {
      name: c['Name'],
      event_source_name: c['EventSourceName'],
      policy: 'Policy' in c ? policy(c['Policy']) : UNKNOWN,
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    (conf(item)['Name'] ?? item.resourceName) === 'default'
      ? 'the default event bus of the account'
      : undefined,
};
