import type { Adapter } from './adapter';
import { UNKNOWN, blocks, conf, defined, keys, liveTags, policy, tagsOf } from './helpers';

export const iamPolicyAdapter: Adapter = {
  configType: 'AWS::IAM::Policy',
  global: true,
  terraformTypes: ['aws_iam_policy'],
  folds: [],
  compared: ['name', 'path', 'description', 'policy (default version, semantic)', 'tags'],
  joinKey: 'policy ARN (or name)',
  desiredKeys: (v, s) => keys(s?.['arn'], s?.['id'], s?.['name'], v['name']),
  liveKeys: (item) => keys(item.arn, conf(item)['arn'], item.resourceName, conf(item)['policyName']),
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      path: v['path'],
      description: v['description'],
      policy: policy(v['policy']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const versions = blocks(c['policyVersionList']);
    const current =
      versions.find((x) => x['isDefaultVersion'] === true) ??
      versions.find((x) => x['versionId'] === c['defaultVersionId']);
    return {
      name: c['policyName'],
      path: c['path'],
      description: c['description'],
      policy: current ? policy(current['document']) : UNKNOWN,
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    (item.arn ?? '').includes(':iam::aws:policy/') ? 'an AWS managed policy' : undefined,
};
