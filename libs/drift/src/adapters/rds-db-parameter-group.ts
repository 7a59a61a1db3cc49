import { isRecord } from '@groundwork/core';
import { NormMap } from '../normalize/norm-values';
import type { Adapter, ExpectedInput } from './adapter';
import { cloudControlTags, ifRead, readInFull } from './cloudcontrol-properties';
import { UNKNOWN, blocks, conf, defined, keys, tagsOf } from './helpers';

/** The parameters the IaC sets, by name: for a group it creates, exactly these differ from the engine defaults. */
function expectedParameters(input: ExpectedInput): unknown {
  const list = blocks(input.values['parameter']);
  if (list.length === 0 && !input.ownsResource) return undefined;
  const byName: Record<string, unknown> = {};
  for (const p of list) {
    if (typeof p['name'] !== 'string') return UNKNOWN;
    byName[p['name']] = p['value'];
  }
  return new NormMap(byName, input.ownsResource);
}

/**
 * `AWS::RDS::DBParameterGroup` read through AWS Cloud Control: AWS Config does not record DB parameter groups.
 *
 * Evidence, the type's CloudFormation resource schema (aws-cloudformation-resource-providers-rds 5a410e8,
 * 2025-07-29, and the registry's us-east-1 schema): `handlers.read` DescribeDBParameterGroups + DescribeDBParameters
 * + ListTagsForResource, returning in `Parameters` (a name → value map) only the parameters whose source is `user`,
 * the ones set on the group (ReadHandler/computeModifiedDBParameters); `handlers.list` DescribeDBParameterGroups,
 * whose models carry the name alone, so a listed group is not compared beyond its name. `primaryIdentifier`
 * DBParameterGroupName; no `readOnlyProperties` or `writeOnlyProperties`. `apply_method` is how a change is
 * applied, not a setting: not compared.
 */
export const rdsDbParameterGroupAdapter: Adapter = {
  configType: 'AWS::RDS::DBParameterGroup',
  source: 'cloudcontrol',
  terraformTypes: ['aws_db_parameter_group'],
  folds: [],
  compared: ['name', 'family', 'description', 'parameter (by name: value)', 'tags'],
  joinKey: 'parameter group name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['DBParameterGroupName']),
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      family: v['family'],
      description: v['description'] ?? (input.ownsResource ? 'Managed by Terraform' : undefined),
      parameter: expectedParameters(input),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const full = readInFull(item, 'Family');
    const params = isRecord(c['Parameters']) ? c['Parameters'] : {};
    return {
      name: c['DBParameterGroupName'] ?? item.resourceId,
      family: ifRead(full, c['Family']),
      description: ifRead(full, c['Description']),
      parameter: ifRead(full, params),
      tags: cloudControlTags(item, full),
    };
  },
  awsDefault: (item) =>
    item.resourceId.startsWith('default.') ? 'a default parameter group RDS creates per family' : undefined,
};
