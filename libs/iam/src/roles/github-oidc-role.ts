import { Construct } from 'constructs';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';
import { RoleBase, RoleBaseProps, validateRoleBase } from './role-base';

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
// Certificate thumbprints of GitHub's OIDC endpoint. AWS now trusts it through its own CA store, but the
// thumbprint list is still accepted and required by older provider versions.
const GITHUB_THUMBPRINTS = [
  '6938fd4d98bab03faadb97b34396831e3780aea1',
  '1c58a3a8518e8759bf075b76b750d4f2df264fcd',
];

/**
 * A workflow that may assume the role, by repository (`owner/name`) and one of: a branch, a tag, or a
 * deployment environment. Branch, tag and environment may use `*` and `?`; the repository may not.
 */
export type GithubSubject =
  | { readonly repository: string; readonly branch: string }
  | { readonly repository: string; readonly tag: string }
  | { readonly repository: string; readonly environment: string };

export interface GithubOidcRoleProps extends RoleBaseProps {
  /**
   * Who may assume the role: typed subjects, or raw `sub` claims of the form
   * `repo:owner/name:ref:refs/heads/main`, `repo:owner/name:ref:refs/tags/v*` or
   * `repo:owner/name:environment:prod` (GitHub's default subject format).
   */
  readonly subjects: readonly (GithubSubject | string)[];
  /**
   * ARN of an existing GitHub OIDC provider in the account. An account has at most one provider per URL, so
   * the second role in an account passes the first one's `providerArn`.
   * @default a new provider for https://token.actions.githubusercontent.com
   */
  readonly providerArn?: string;
  /** @default '/' */
  readonly path?: string;
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SUBJECT = /^repo:([^:]+):(ref:refs\/(?:heads|tags)\/\S+|environment:\S+)$/;

/** Renders one subject as the `sub` claim GitHub sends, validating it on the way; `where` names the caller in errors. */
export function githubSubjectClaim(subject: GithubSubject | string, where = 'GithubOidcRole'): string {
  if (typeof subject === 'string') {
    const match = SUBJECT.exec(subject);
    if (!match) {
      throw new Error(
        `${where}: subject "${subject}" is not repo:owner/name:ref:refs/heads/<branch>, ` +
          'repo:owner/name:ref:refs/tags/<tag> or repo:owner/name:environment:<name>',
      );
    }
    checkRepository(where, match[1], subject);
    return subject;
  }
  checkRepository(where, subject.repository, JSON.stringify(subject));
  if ('branch' in subject)
    return `repo:${subject.repository}:ref:refs/heads/${nonEmpty(where, subject.branch, 'branch')}`;
  if ('tag' in subject)
    return `repo:${subject.repository}:ref:refs/tags/${nonEmpty(where, subject.tag, 'tag')}`;
  return `repo:${subject.repository}:environment:${nonEmpty(where, subject.environment, 'environment')}`;
}

function checkRepository(where: string, repository: string, subject: string): void {
  if (!REPOSITORY.test(repository)) {
    throw new Error(
      `${where}: repository "${repository}" in subject ${subject} must be owner/name without wildcards: ` +
        'a wildcard there would let other repositories assume the role',
    );
  }
}

function nonEmpty(where: string, value: string, field: string): string {
  if (value.trim() === '' || /\s/.test(value)) {
    throw new Error(`${where}: ${field} "${value}" must be non-empty and contain no whitespace`);
  }
  return value;
}

/**
 * The trust policy of a `GithubOidcRole`: the provider, the audience sts.amazonaws.com, and only these subjects;
 * `where` names the caller in errors.
 */
export function githubOidcTrustPolicy(
  providerArn: string,
  subjects: readonly (GithubSubject | string)[],
  where = 'GithubOidcRole',
): PolicyDocument {
  if (subjects.length === 0) {
    throw new Error(
      `${where}: subjects is empty: name at least one repository and branch, tag or environment`,
    );
  }
  const claims = [...new Set(subjects.map((subject) => githubSubjectClaim(subject, where)))];
  const hasWildcard = claims.some((c) => /[*?]/.test(c));
  return new PolicyDocument({
    statements: [
      Statement.allow({
        sid: 'GithubActions',
        principals: { Federated: [providerArn] },
        actions: ['sts:AssumeRoleWithWebIdentity'],
        conditions: {
          StringEquals: {
            [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE,
            ...(hasWildcard ? {} : { [`${GITHUB_OIDC_HOST}:sub`]: claims }),
          },
          ...(hasWildcard ? { StringLike: { [`${GITHUB_OIDC_HOST}:sub`]: claims } } : {}),
        },
      }),
    ],
  });
}

/** A role for GitHub Actions deployments through OIDC: no stored keys, only the named workflows get in. */
export class GithubOidcRole extends RoleBase {
  /** The OIDC provider created here, when no `providerArn` was given. */
  readonly provider?: IamOpenidConnectProvider;
  readonly providerArn: string;

  constructor(scope: Construct, id: string, props: GithubOidcRoleProps) {
    super(scope, id);
    const where = `GithubOidcRole ${this.node.path}`;
    validateRoleBase(where, props);
    // Validate the subjects before anything is created.
    const claims = props.subjects.map((subject) => githubSubjectClaim(subject, where));
    if (props.providerArn !== undefined) {
      this.providerArn = props.providerArn;
    } else {
      this.provider = new IamOpenidConnectProvider(this, 'provider', {
        url: `https://${GITHUB_OIDC_HOST}`,
        clientIdList: [GITHUB_OIDC_AUDIENCE],
        thumbprintList: GITHUB_THUMBPRINTS,
      });
      this.providerArn = this.provider.arn;
    }
    this.createRole({ ...props, trustPolicy: githubOidcTrustPolicy(this.providerArn, claims, where) });
  }
}
