import type { Adapter, ExpectedInput } from './adapter';
import { NormMatch } from '../normalize/norm-values';
import { UNKNOWN, blocks, conf, defined, get, keys, liveTags, policy, tagsOf } from './helpers';
import {
  actualAttachments,
  actualInlinePolicies,
  expectedAttachments,
  expectedInlinePolicies,
} from './iam-common';

/** Whether the live profiles (`<path><name>`) are the wanted ones; `*` ends a generated name's prefix. */
function profilesMatch(wanted: readonly string[], actual: unknown, exclusive: boolean): boolean {
  const left = Array.isArray(actual) ? actual.map(String) : [];
  const take = (test: (name: string) => boolean): boolean => {
    const i = left.findIndex(test);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  };
  const exact = wanted.filter((w) => !w.endsWith('*'));
  const prefixes = wanted.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  if (!exact.every((w) => take((name) => name === w))) return false;
  if (!prefixes.every((p) => take((name) => name.startsWith(p)))) return false;
  return !exclusive || left.length === 0;
}

/**
 * The instance profiles that carry the role, as `<path><name>`: Config records them inside the role's item
 * (`instanceProfileList`), not as items of their own. A generated name is known by its prefix only (folded resources
 * carry no state). A role the IaC creates is in exactly the profiles it declares.
 */
function expectedInstanceProfiles(input: ExpectedInput): unknown {
  const profiles = input.folded.filter((f) => f.type === 'aws_iam_instance_profile');
  if (profiles.length === 0 && !input.ownsResource) return undefined;
  const wanted: string[] = [];
  for (const { values: v } of profiles) {
    const path = v['path'] ?? '/';
    const name = v['name'] ?? (v['name_prefix'] === undefined ? 'terraform-*' : v['name_prefix']);
    if (typeof path !== 'string' || typeof name !== 'string' || name.includes('${')) return UNKNOWN;
    wanted.push(`${path}${name}${v['name'] === undefined && !name.endsWith('*') ? '*' : ''}`);
  }
  wanted.sort();
  return new NormMatch(wanted.length > 0 ? wanted.join(', ') : '(none)', (actual) =>
    profilesMatch(wanted, actual, input.ownsResource),
  );
}

export const iamRoleAdapter: Adapter = {
  configType: 'AWS::IAM::Role',
  global: true,
  terraformTypes: ['aws_iam_role'],
  folds: [
    { type: 'aws_iam_role_policy_attachment', parentAttributes: ['role'] },
    { type: 'aws_iam_role_policy', parentAttributes: ['role'] },
    { type: 'aws_iam_instance_profile', parentAttributes: ['role'] },
  ],
  compared: [
    'path',
    'assume_role_policy (semantic)',
    'managed policies (set)',
    'inline policies (by name, semantic)',
    'permissions_boundary',
    'instance profiles (set of path and name)',
    'tags',
  ],
  joinKey: 'role name or ARN (not the AROA unique id)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['arn'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceName, conf(item)['roleName'], item.arn, conf(item)['arn']),
  expected: (input) => {
    const v = input.values;
    return defined({
      path: v['path'],
      assume_role_policy: policy(v['assume_role_policy']),
      managed_policy_arns: expectedAttachments(input, 'aws_iam_role_policy_attachment'),
      inline_policy: expectedInlinePolicies(input, 'aws_iam_role_policy'),
      permissions_boundary: v['permissions_boundary'],
      instance_profiles: expectedInstanceProfiles(input),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      path: c['path'],
      assume_role_policy: policy(c['assumeRolePolicyDocument']),
      managed_policy_arns: actualAttachments(c['attachedManagedPolicies']),
      inline_policy: actualInlinePolicies(c['rolePolicyList']),
      permissions_boundary: get(c, 'permissionsBoundary.permissionsBoundaryArn'),
      instance_profiles:
        c['instanceProfileList'] === undefined
          ? UNKNOWN
          : blocks(c['instanceProfileList'])
              .map((p) => `${String(p['path'] ?? '/')}${String(p['instanceProfileName'])}`)
              .sort(),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) => {
    const path = conf(item)['path'];
    const isServiceLinked =
      String(path ?? '').startsWith('/aws-service-role/') ||
      (item.arn ?? '').includes(':role/aws-service-role/');
    return isServiceLinked ? 'a service-linked role (path /aws-service-role/)' : undefined;
  },
};
