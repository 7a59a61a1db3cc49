import type { Adapter, ExpectedInput } from './adapter';
import { cloudControlTags, ifRead, readInFull } from './cloudcontrol-properties';
import { UNKNOWN, conf, defined, foldedOf, keys, lower, policy, stringSet, tagsOf } from './helpers';

/**
 * The targets the IaC attaches the policy to (`aws_organizations_policy_attachment`): for a policy the IaC creates,
 * exactly these (one attached by hand is drift); for one it does not create (AWS's FullAWSAccess), these at least.
 */
function expectedTargets(input: ExpectedInput): unknown {
  const attachments = foldedOf(input, 'aws_organizations_policy_attachment');
  if (attachments.length === 0 && !input.ownsResource) return undefined;
  const targets = attachments.map((a) => a['target_id']);
  if (targets.some((t) => typeof t !== 'string' || t.includes('${'))) return UNKNOWN;
  return stringSet(targets, input.ownsResource);
}

/**
 * `AWS::Organizations::Policy` read through AWS Cloud Control: AWS Config does not record Organizations policies.
 *
 * Evidence, the type's CloudFormation resource schema (`aws-organizations-policy.json`,
 * aws-cloudformation-resource-providers-organizations e9c0335, 2025-06-03; the same in the registry's us-east-1
 * schema): `handlers.read` is DescribePolicy + ListTargetsForPolicy + ListTagsForResource, so GetResource returns
 * the whole model (Content as an object, TargetIds, Tags); `handlers.list` is ListPolicies alone and its
 * `handlerSchema` requires `Type`, so ListResources needs `--resource-model '{"Type":"SERVICE_CONTROL_POLICY"}'` and
 * returns summaries (Id, Arn, Name, Type, Description, AwsManaged) whose content, targets and tags are not compared.
 * `primaryIdentifier` is Id (`p-…`); `readOnlyProperties` Id, Arn, AwsManaged; no `writeOnlyProperties`.
 *
 * `aws_organizations_policy_attachment` folds into TargetIds, as Config folds sub-resources. AWS-managed policies
 * (FullAWSAccess, `p-FullAWSAccess`, which AWS attaches to the root, every OU and every account) are AWS's own.
 */
export const organizationsPolicyAdapter: Adapter = {
  configType: 'AWS::Organizations::Policy',
  source: 'cloudcontrol',
  global: true,
  terraformTypes: ['aws_organizations_policy'],
  folds: [{ type: 'aws_organizations_policy_attachment', parentAttributes: ['policy_id'] }],
  compared: [
    'name',
    'description',
    'type',
    'content (semantic)',
    'targets (set of root, OU and account ids, from aws_organizations_policy_attachment)',
    'tags',
  ],
  joinKey: 'policy id (p-…) or name',
  desiredKeys: (v, s) => keys(s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['Id'], c['Arn'], item.arn, c['Name']);
  },
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      description: v['description'],
      type: lower(v['type']),
      content: policy(v['content']),
      targets: expectedTargets(input),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const full = readInFull(item, 'Content');
    return {
      name: c['Name'],
      description: c['Description'],
      type: lower(c['Type']),
      content: ifRead(full, policy(c['Content'])),
      targets: ifRead(full, stringSet(c['TargetIds'] ?? [])),
      tags: cloudControlTags(item, full),
    };
  },
  awsDefault: (item) =>
    conf(item)['AwsManaged'] === true
      ? 'an AWS managed policy (AWS attaches FullAWSAccess to the root, every OU and every account)'
      : undefined,
};
