import type { Adapter } from './adapter';
import { cloudControlTags, readInFull } from './cloudcontrol-properties';
import { actualRule, eventsRuleAdapter } from './events-rule';
import { UNKNOWN, conf, jsonDocument } from './helpers';

/**
 * `AWS::Events::Rule` read through AWS Cloud Control: the fallback where AWS Config does not record rules (a region
 * without a recorder, such as us-east-1 for the rules that forward global services' calls). The same Terraform
 * types, folds, keys and expected document as the AWS Config adapter; only the live model's reading differs.
 *
 * Evidence, the type's CloudFormation resource schema (aws-cloudformation-resource-providers-events, aws-events-rule,
 * and the registry's current schema): `primaryIdentifier` Arn; `handlers.read` calls DescribeRule and
 * ListTargetsByRule (and ListTagsForResource in the registry's current schema, which adds `Tags`); `handlers.list`
 * calls ListRules and returns the primary identifier only, for the default event bus (no EventBusName is passed).
 * `EventPattern` is a JSON object in the model (the read handler parses DescribeRule's string), where AWS Config
 * records the string. So: a ListResources summary holds the Arn only and compares nothing; a GetResource read is
 * compared in full; its tags only when the read returns `Tags` (schemas before tagging return none).
 */
export const eventsRuleCloudControlAdapter: Adapter = {
  ...eventsRuleAdapter,
  source: 'cloudcontrol',
  fallback: true,
  // ListResources passes no EventBusName: its inventory is of the default bus's rules.
  inInventory: (values) => {
    const bus = values['event_bus_name'];
    return (
      bus === undefined ||
      bus === 'default' ||
      (typeof bus === 'string' && bus.endsWith(':event-bus/default'))
    );
  },
  actual: (item) => {
    const c = conf(item);
    // DescribeRule always returns the name: without it the model is a ListResources summary.
    if (!readInFull(item, 'Name')) return unread();
    return actualRule(
      c,
      jsonDocument(c['EventPattern']),
      c['Tags'] === undefined ? UNKNOWN : cloudControlTags(item, true),
    );
  },
};

/** A summary's document: every field unknown, so nothing is compared. */
function unread(): Record<string, unknown> {
  return Object.fromEntries(Object.keys(actualRule({}, undefined, undefined)).map((k) => [k, UNKNOWN]));
}
