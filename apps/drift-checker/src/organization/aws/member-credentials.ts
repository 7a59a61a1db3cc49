// The credentials of a member account's role, as the central functions assume it: one AssumeRole per account and
// session, kept for the function instance's life and assumed again before they expire, so the shards of one sweep
// that an instance runs in turn do not call STS for every shard.
import { AssumeRoleCommand, type AssumeRoleCommandOutput } from '@aws-sdk/client-sts';

/** Temporary credentials in the shape the SDK clients' `credentials` option takes. */
export interface MemberCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration?: Date;
}

/** What the SDK clients are given: resolves, whenever a client signs, to credentials that are still valid. */
export type MemberCredentialsProvider = () => Promise<MemberCredentials>;

/** The one STS call this needs: an STSClient, or a fake in tests. */
export interface AssumeRoleSender {
  send(command: AssumeRoleCommand): Promise<Pick<AssumeRoleCommandOutput, 'Credentials'>>;
}

export interface MemberRoleOptions {
  /** `aws`, `aws-cn`, `aws-us-gov`: the partition of the role's ARN. */
  readonly partition: string;
  /** The role every member account has (`groundwork-drift-read`). */
  readonly roleName: string;
  /** Seconds the credentials last. @default 3600, the most a role allows unless its maximum is raised */
  readonly durationSeconds?: number;
  /** Assume again this long before the credentials expire. @default 300,000 (five minutes) */
  readonly refreshBeforeMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/** AWS's rule for RoleSessionName: 2 to 64 of `[\w+=,.@-]`. */
const SESSION_NAME_CHARS = /[^\w+=,.@-]/g;

/** A session name that says which sweep assumed the role (CloudTrail in the member account shows it). */
export function sweepSessionName(sweepId: string): string {
  return `groundwork-sweep-${sweepId.replace(SESSION_NAME_CHARS, '-')}`.slice(0, 64);
}

export class MemberRoleCredentials {
  private readonly held = new Map<string, MemberCredentials>();
  private readonly assuming = new Map<string, Promise<MemberCredentials>>();
  private readonly durationSeconds: number;
  private readonly refreshBeforeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly sts: AssumeRoleSender,
    private readonly options: MemberRoleOptions,
  ) {
    this.durationSeconds = options.durationSeconds ?? 3600;
    this.refreshBeforeMs = options.refreshBeforeMs ?? 300_000;
    this.now = options.now ?? Date.now;
  }

  /** The role's ARN in an account. */
  roleArn(accountId: string): string {
    return `arn:${this.options.partition}:iam::${accountId}:role/${this.options.roleName}`;
  }

  /**
   * The account's credentials for a session. Concurrent callers share one AssumeRole; a refused or failed one is
   * not kept, so the next call asks again.
   */
  credentials(accountId: string, sessionName: string): MemberCredentialsProvider {
    const key = `${accountId}/${sessionName}`;
    return () => {
      const held = this.held.get(key);
      if (held && !this.expiresSoon(held)) return Promise.resolve(held);
      let pending = this.assuming.get(key);
      if (!pending) {
        pending = this.assume(accountId, sessionName)
          .then((credentials) => {
            this.held.set(key, credentials);
            return credentials;
          })
          .finally(() => this.assuming.delete(key));
        this.assuming.set(key, pending);
      }
      return pending;
    };
  }

  private expiresSoon(credentials: MemberCredentials): boolean {
    return (
      credentials.expiration !== undefined &&
      credentials.expiration.getTime() - this.now() <= this.refreshBeforeMs
    );
  }

  private async assume(accountId: string, sessionName: string): Promise<MemberCredentials> {
    const roleArn = this.roleArn(accountId);
    const { Credentials: c } = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: sessionName,
        DurationSeconds: this.durationSeconds,
      }),
    );
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new Error(`AssumeRole of ${roleArn} returned no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  }
}
