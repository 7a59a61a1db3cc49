import { PolicyCondition, PolicyStatement, computedText, readPolicy } from '../../inspect/policies';
import { CheckResult, GuardRule, TerraformConfigView } from '../../model';
import { Expression } from '../../terraform/expression';
import { Answer, undecided } from '../../values';

const GITHUB_HOST = 'token.actions.githubusercontent.com';
// The subject claim: `token.actions.githubusercontent.com:sub`, or with an enterprise slug before the colon.
const SUB_KEY = /^token\.actions\.githubusercontent\.com(\/[\w-]+)?:sub$/i;
// `repo:<owner>/<repository>` with neither part a wildcard, then anything (`:environment:prod`, `:ref:...`, `:*`).
const PINNED_REPOSITORY = /^repo:[^*?/:]+\/[^*?/:]+(:.*)?$/;

export const iamGithubOidcTrust: GuardRule = {
  id: 'GW-IAM-003',
  severity: 'error',
  title: 'GitHub Actions OIDC role trust must pin the subject to a repository',
  why: 'Without a sub condition naming one repository, a workflow in any repository (of any GitHub user, or of the whole organization) can assume the role.',
  fix: 'Add condition { test = "StringEquals" (or StringLike), variable = "token.actions.githubusercontent.com:sub", values = ["repo:<owner>/<repository>:environment:<env>"] } to the trust statement.',
  checkov: ['CKV_AWS_358', 'CKV_AWS_393'],
  trivy: [],
  differences: [
    'repo:<owner>/* (any repository of the owner) is reported; checkov accepts it.',
    "The OIDC provider may be named by reference to an aws_iam_openid_connect_provider whose url is GitHub's; checkov only recognizes the provider ARN written out.",
  ],
  resourceTypes: ['aws_iam_role'],
  check(role, config) {
    const read = readPolicy(role.body.get('assume_role_policy'), config);
    if (read === undefined) return [];
    if ('unreadable' in read) {
      return [undecided(`cannot tell whether the trust policy admits GitHub Actions: ${read.unreadable}`)];
    }
    return read.statements.flatMap((s): CheckResult[] => {
      const github = trustsGithub(s, config);
      if (s.effect !== 'Allow' || github === 'no') return [];
      const pinned = pinsRepository(s.conditions);
      if (pinned === 'yes') return [];
      if (pinned === 'unknown' || github === 'unknown') {
        return [
          undecided(
            'cannot tell whether the GitHub Actions trust pins the subject to one repository (computed values)',
          ),
        ];
      }
      return [
        'the GitHub Actions trust does not pin token.actions.githubusercontent.com:sub to one repository',
      ];
    });
  },
};

/** Does the statement trust GitHub's OIDC provider: by its ARN, by reference to it, or by its condition keys? */
function trustsGithub(s: PolicyStatement, config: TerraformConfigView): Answer {
  if (s.conditions.some((c) => c.variable.toLowerCase().startsWith(`${GITHUB_HOST}`))) return 'yes';
  let unknown = false;
  for (const p of s.principals ?? []) {
    if (p.type !== 'Federated') continue;
    for (const id of p.identifiers) {
      const expression = computedText(id);
      if (expression === undefined) {
        if (id.includes(`oidc-provider/${GITHUB_HOST}`)) return 'yes';
        continue;
      }
      const providers = config.referencedBy(new Expression(expression), 'aws_iam_openid_connect_provider');
      const urls = providers.map((provider) => provider.body.string('url'));
      if (urls.some((u) => typeof u === 'string' && u.includes(GITHUB_HOST))) return 'yes';
      if (providers.length === 0 || urls.some((u) => u instanceof Expression)) unknown = true;
    }
  }
  return unknown ? 'unknown' : 'no';
}

/** Do the sub conditions allow only subjects of one named repository? */
function pinsRepository(conditions: readonly PolicyCondition[]): Answer {
  const sub = conditions.filter(
    (c) =>
      SUB_KEY.test(c.variable) &&
      /^(ForAnyValue:|ForAllValues:)?String(Equals|Like)(IgnoreCase)?$/.test(c.test),
  );
  if (sub.length === 0) return 'no';
  const values = sub.flatMap((c) => c.values);
  if (values.length > 0 && values.every((v) => PINNED_REPOSITORY.test(v))) return 'yes';
  return values.some((v) => computedText(v) !== undefined) &&
    values.every((v) => computedText(v) !== undefined || PINNED_REPOSITORY.test(v))
    ? 'unknown'
    : 'no';
}
