import type { Adapter } from './adapter';
import { cloudControlTags, ifRead, readInFull } from './cloudcontrol-properties';
import { conf, defined, keys, tagsOf, text } from './helpers';

/** OU names are unique among the children of one parent: `<parent id>/<name>` names an OU. */
function parentAndName(parent: unknown, name: unknown): string | undefined {
  const p = text(parent);
  const n = text(name);
  return p && n ? `${p}/${n}` : undefined;
}

/**
 * `AWS::Organizations::OrganizationalUnit` read through AWS Cloud Control. AWS Config's API names the type (the
 * ResourceType enum of @aws-sdk/client-config-service 3.1124.0) but AWS publishes no property schema for its items
 * (awslabs/aws-config-resource-schema adf5513 has none), so its shape cannot be taken from a public source.
 *
 * Evidence, the type's CloudFormation resource schema (`aws-organizations-organizationalunit.json`,
 * aws-cloudformation-resource-providers-organizations e9c0335): `handlers.read` is DescribeOrganizationalUnit +
 * ListParents + ListTagsForResource (GetResource returns Name, ParentId, Tags); `handlers.list` is
 * ListOrganizationalUnitsForParent and its `handlerSchema` requires `ParentId`, so ListResources lists one parent's
 * children (`--resource-model '{"ParentId":"r-…"}'`), as summaries without ParentId or Tags, and one such output is
 * not an inventory of every OU. `primaryIdentifier` Id (`ou-…`); `readOnlyProperties` Arn, Id (Path in newer
 * schemas); no `writeOnlyProperties`.
 */
export const organizationsOrganizationalUnitAdapter: Adapter = {
  configType: 'AWS::Organizations::OrganizationalUnit',
  source: 'cloudcontrol',
  global: true,
  terraformTypes: ['aws_organizations_organizational_unit'],
  folds: [],
  compared: ['name', 'parent_id', 'tags'],
  joinKey: 'OU id (ou-…), or parent id and name',
  desiredKeys: (v, s) =>
    keys(
      s?.['id'],
      s?.['arn'],
      parentAndName(s?.['parent_id'], s?.['name']),
      parentAndName(v['parent_id'], v['name']),
    ),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['Id'], c['Arn'], item.arn, parentAndName(c['ParentId'], c['Name']));
  },
  expected: (input) => {
    const v = input.values;
    return defined({ name: v['name'], parent_id: v['parent_id'], tags: tagsOf(input) });
  },
  actual: (item) => {
    const c = conf(item);
    const full = readInFull(item, 'ParentId');
    return {
      name: c['Name'],
      parent_id: ifRead(full, c['ParentId']),
      tags: cloudControlTags(item, full),
    };
  },
};
