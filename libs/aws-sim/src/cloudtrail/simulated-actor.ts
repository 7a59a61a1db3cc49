// Who makes a call in the simulated account, and how CloudTrail writes them down: the userIdentity element, the
// user agent and the source address, in the shapes the CloudTrail User Guide documents for each kind of identity.
import { createHash } from 'node:crypto';

/** A person or a service acting in the account. */
export type SimulatedActor =
  /** An IAM user with its own credentials. */
  | { readonly kind: 'iam-user'; readonly name: string }
  /** A person signed in through IAM Identity Center: an assumed `AWSReservedSSO_<permission set>_…` role. */
  | { readonly kind: 'sso-user'; readonly email: string; readonly permissionSet: string }
  /** A session of a role, such as the deploy role a GitHub workflow assumes. */
  | { readonly kind: 'role-session'; readonly role: string; readonly session: string }
  /** An AWS service acting on its own, such as auto scaling launching an instance. */
  | { readonly kind: 'service'; readonly service: string };

/** What the call was made with. */
export type SimulatedClient = 'console' | 'cli' | 'sdk' | 'terraform';

const USER_AGENTS: Readonly<Record<Exclude<SimulatedClient, 'console'>, string>> = {
  cli: 'aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.1 os/linux#6.8.0-1021-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython',
  sdk: 'aws-sdk-js/3.1124.0 ua/2.1 os/linux#6.8.0 lang/js md/nodejs#22.12.0',
  terraform:
    'APN/1.0 HashiCorp/1.0 Terraform/1.11.4 (+https://www.terraform.io) terraform-provider-aws/5.100.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.36.3 ua/2.1 os/linux lang/go#1.23.7 md/GOOS#linux md/GOARCH#amd64',
};

/** Uppercase letters and digits from a hash of `text`: stable ids per actor, independent of the seeded sequence. */
function stableId(text: string, n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const digest = createHash('sha256').update(text).digest();
  return [...digest.subarray(0, n)].map((b) => alphabet[b % alphabet.length]).join('');
}

function stableHex(text: string, n: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, n);
}

/** The actor's name in LookupEvents' `Username`: the IAM user name, or the session name of an assumed role. */
export function actorUserName(actor: SimulatedActor): string | undefined {
  switch (actor.kind) {
    case 'iam-user':
      return actor.name;
    case 'sso-user':
      return actor.email;
    case 'role-session':
      return actor.session;
    case 'service':
      return undefined;
  }
}

/** The `userIdentity` element of a call by `actor` in `account`, at `time` (ISO 8601). */
export function userIdentity(actor: SimulatedActor, account: string, time: string): Record<string, unknown> {
  const session = { attributes: { creationDate: `${time.slice(0, 11)}00:00:00Z`, mfaAuthenticated: 'true' } };
  switch (actor.kind) {
    case 'iam-user':
      return {
        type: 'IAMUser',
        principalId: `AIDA${stableId(`user:${actor.name}`, 17)}`,
        arn: `arn:aws:iam::${account}:user/${actor.name}`,
        accountId: account,
        accessKeyId: `AKIA${stableId(`key:${actor.name}`, 16)}`,
        userName: actor.name,
      };
    case 'sso-user': {
      const role = `AWSReservedSSO_${actor.permissionSet}_${stableHex(`ps:${actor.permissionSet}`, 16)}`;
      return assumedRole(account, role, actor.email, 'aws-reserved/sso.amazonaws.com/', session);
    }
    case 'role-session':
      return assumedRole(account, actor.role, actor.session, '', session);
    case 'service':
      return { type: 'AWSService', invokedBy: actor.service };
  }
}

function assumedRole(
  account: string,
  role: string,
  sessionName: string,
  rolePath: string,
  session: { attributes: Record<string, string> },
): Record<string, unknown> {
  const roleId = `AROA${stableId(`role:${role}`, 17)}`;
  return {
    type: 'AssumedRole',
    principalId: `${roleId}:${sessionName}`,
    arn: `arn:aws:sts::${account}:assumed-role/${role}/${sessionName}`,
    accountId: account,
    accessKeyId: `ASIA${stableId(`session:${role}:${sessionName}`, 16)}`,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: roleId,
        arn: `arn:aws:iam::${account}:role/${rolePath}${role}`,
        accountId: account,
        userName: role,
      },
      ...session,
    },
  };
}

/**
 * The user agent, source address and console marker CloudTrail records for a call: a service calls from its own
 * principal; a console session is marked `sessionCredentialFromConsole`; the CLI, SDKs and Terraform send their own
 * user agents from the caller's address.
 */
export function callOrigin(
  actor: SimulatedActor,
  client: SimulatedClient,
  sourceIp: string,
): { userAgent: string; sourceIPAddress: string; sessionCredentialFromConsole?: 'true' } {
  if (actor.kind === 'service') return { userAgent: actor.service, sourceIPAddress: actor.service };
  if (client === 'console')
    return { userAgent: 'AWS Internal', sourceIPAddress: sourceIp, sessionCredentialFromConsole: 'true' };
  return { userAgent: USER_AGENTS[client], sourceIPAddress: sourceIp };
}
