import { NormMatch } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { conf, defined, keys, liveTags, maybe, stringSet, tagsOf } from './helpers';

/** IAM stores the issuer URL without its scheme: `https://token.actions.githubusercontent.com` is that host. */
function issuer(v: unknown): unknown {
  return maybe(v, (url) => {
    const bare = (s: unknown): string =>
      String(s)
        .replace(/^https:\/\//, '')
        .replace(/\/$/, '');
    const want = bare(url);
    return new NormMatch(String(url), (actual) => typeof actual === 'string' && bare(actual) === want);
  });
}

/** Thumbprints are hex: IAM compares them case-insensitively. */
function thumbprints(v: unknown): unknown {
  return Array.isArray(v)
    ? stringSet(v.map((t) => (typeof t === 'string' ? t.toLowerCase() : t)))
    : stringSet(v);
}

export const iamOidcProviderAdapter: Adapter = {
  configType: 'AWS::IAM::OIDCProvider',
  global: true,
  terraformTypes: ['aws_iam_openid_connect_provider'],
  folds: [],
  compared: ['url', 'client_id_list (set)', 'thumbprint_list (set)', 'tags'],
  joinKey: 'provider ARN',
  desiredKeys: (_v, s) => keys(s?.['arn'], s?.['id']),
  liveKeys: (item) => keys(item.resourceId, item.arn, conf(item)['Arn']),
  expected: (input) => {
    const v = input.values;
    return defined({
      url: issuer(v['url']),
      client_id_list: stringSet(v['client_id_list']),
      thumbprint_list: thumbprints(v['thumbprint_list']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      url: c['Url'],
      client_id_list: stringSet(c['ClientIdList'] ?? []),
      thumbprint_list: thumbprints(c['ThumbprintList'] ?? []),
      tags: liveTags(item),
    };
  },
};
