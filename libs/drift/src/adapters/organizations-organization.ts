import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { UNKNOWN, conf, defined, keys, lower, stringSet } from './helpers';

/** Policy types in these states are on at the root: a requested disable already counts as off. */
const ENABLED = new Set(['ENABLED', 'PENDING_ENABLE']);

/**
 * The policy types enabled at the root, from ListRoots (`Roots[].PolicyTypes[]`, `{Type, Status}`). Not from
 * DescribeOrganization's `AvailablePolicyTypes`, which AWS deprecated because it does not say what is enabled.
 */
function enabledPolicyTypes(item: ConfigItem): unknown {
  const roots = conf(item)['Roots'];
  if (!Array.isArray(roots) || roots.length !== 1 || !isRecord(roots[0])) return UNKNOWN;
  const types = Array.isArray(roots[0]['PolicyTypes']) ? roots[0]['PolicyTypes'] : [];
  return stringSet(
    types.filter((t) => isRecord(t) && ENABLED.has(String(t['Status']))).map((t) => t['Type']),
  );
}

function servicePrincipals(item: ConfigItem): unknown {
  const enabled = conf(item)['EnabledServicePrincipals'];
  if (!Array.isArray(enabled)) return UNKNOWN;
  return stringSet(enabled.filter(isRecord).map((p) => p['ServicePrincipal']));
}

/**
 * `AWS::Organizations::Organization` read directly from the Organizations API, in the management account.
 *
 * Cloud Control cannot serve it: the type's CloudFormation resource schema (`aws-organizations-organization.json`,
 * aws-cloudformation-resource-providers-organizations e9c0335) has a read handler (DescribeOrganization +
 * ListRoots) but its properties are only Id, Arn, FeatureSet, the management account's id, ARN and e-mail, and
 * RootId: neither the policy types enabled at the root nor the services trusted with organization access, which
 * are what a console change to the organization alters. AWS Config does not record it.
 *
 * The direct read is three read-only calls whose outputs, merged into one object, are the item's configuration:
 * `{"Organization": …DescribeOrganization…, "Roots": […ListRoots…], "EnabledServicePrincipals":
 * […ListAWSServiceAccessForOrganization…]}` (`jq -s add` of the three CLI outputs); `resourceId` the organization
 * id (`o-…`). A part left out is not compared.
 */
export const organizationsOrganizationAdapter: Adapter = {
  configType: 'AWS::Organizations::Organization',
  source: 'direct',
  global: true,
  terraformTypes: ['aws_organizations_organization'],
  folds: [],
  compared: [
    'feature_set',
    'enabled_policy_types (set, from the root: ListRoots)',
    'aws_service_access_principals (set: ListAWSServiceAccessForOrganization)',
  ],
  joinKey: 'organization id (o-…)',
  desiredKeys: (_v, s) => keys(s?.['id'], s?.['arn']),
  liveKeys: (item) => {
    const o = nested(conf(item), 'Organization');
    return keys(item.resourceId, o['Id'], o['Arn'], item.arn);
  },
  expected: (input) => {
    const v = input.values;
    return defined({
      feature_set: lower(v['feature_set'] ?? (input.ownsResource ? 'ALL' : undefined)),
      enabled_policy_types: stringSet(v['enabled_policy_types']),
      aws_service_access_principals: stringSet(v['aws_service_access_principals']),
    });
  },
  actual: (item) => {
    const o = nested(conf(item), 'Organization');
    return {
      feature_set: o['FeatureSet'] === undefined ? UNKNOWN : lower(o['FeatureSet']),
      enabled_policy_types: enabledPolicyTypes(item),
      aws_service_access_principals: servicePrincipals(item),
    };
  },
};
