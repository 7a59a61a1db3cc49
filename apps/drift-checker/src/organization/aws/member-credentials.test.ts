// The member read role's credentials with a fake STS (no network): the role and session asked for, one AssumeRole
// per account and session however many clients sign at once, assumed again before expiry, refusals not kept.
import type { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { MemberRoleCredentials, sweepSessionName, type AssumeRoleSender } from './member-credentials';

class FakeSts implements AssumeRoleSender {
  readonly requests: AssumeRoleCommand['input'][] = [];
  refuse = false;
  private issued = 0;

  constructor(private readonly clock: { now: number }) {}

  async send(command: AssumeRoleCommand) {
    this.requests.push(command.input);
    await Promise.resolve();
    if (this.refuse)
      throw Object.assign(new Error('not authorized to perform sts:AssumeRole'), {
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      });
    this.issued++;
    return {
      Credentials: {
        AccessKeyId: `ASIA${this.issued}`,
        SecretAccessKey: `secret-${this.issued}`,
        SessionToken: `token-${this.issued}`,
        Expiration: new Date(this.clock.now + (command.input.DurationSeconds ?? 3600) * 1000),
      },
    };
  }
}

function setup() {
  const clock = { now: Date.parse('2026-12-03T06:00:00Z') };
  const sts = new FakeSts(clock);
  const roles = new MemberRoleCredentials(sts, {
    partition: 'aws-us-gov',
    roleName: 'groundwork-drift-read',
    now: () => clock.now,
  });
  return { clock, sts, roles };
}

describe('MemberRoleCredentials', () => {
  it("assumes the account's read role in the partition, for an hour, in a session named after the sweep", async () => {
    const { sts, roles } = setup();
    const credentials = await roles.credentials('111111111111', sweepSessionName('sweep-7'))();
    expect(sts.requests).toEqual([
      {
        RoleArn: 'arn:aws-us-gov:iam::111111111111:role/groundwork-drift-read',
        RoleSessionName: 'groundwork-sweep-sweep-7',
        DurationSeconds: 3600,
      },
    ]);
    expect(credentials).toEqual({
      accessKeyId: 'ASIA1',
      secretAccessKey: 'secret-1',
      sessionToken: 'token-1',
      expiration: new Date('2026-12-03T07:00:00Z'),
    });
  });

  it('keeps the credentials per account: concurrent and later signers of one account share one AssumeRole', async () => {
    const { sts, roles } = setup();
    const provider = roles.credentials('111111111111', 'groundwork-sweep-s1');
    const [a, b] = await Promise.all([
      provider(),
      roles.credentials('111111111111', 'groundwork-sweep-s1')(),
    ]);
    expect(a).toBe(b);
    expect(await provider()).toBe(a);
    expect(sts.requests).toHaveLength(1);
    const other = await roles.credentials('222222222222', 'groundwork-sweep-s1')();
    expect(other.accessKeyId).toBe('ASIA2');
    expect(sts.requests.map((r) => r.RoleArn)).toEqual([
      'arn:aws-us-gov:iam::111111111111:role/groundwork-drift-read',
      'arn:aws-us-gov:iam::222222222222:role/groundwork-drift-read',
    ]);
  });

  it('assumes the role again five minutes before the credentials expire, not sooner', async () => {
    const { clock, sts, roles } = setup();
    const provider = roles.credentials('111111111111', 'groundwork-sweep-s1');
    const first = await provider();
    clock.now += 54 * 60_000;
    expect(await provider()).toBe(first);
    clock.now += 60_000;
    const renewed = await provider();
    expect(renewed.accessKeyId).toBe('ASIA2');
    expect(sts.requests).toHaveLength(2);
  });

  it('does not keep a refusal: the error reaches the caller, and the next call asks STS again', async () => {
    const { sts, roles } = setup();
    const provider = roles.credentials('111111111111', 'groundwork-sweep-s1');
    sts.refuse = true;
    await expect(provider()).rejects.toMatchObject({ name: 'AccessDenied' });
    sts.refuse = false;
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
    expect(sts.requests).toHaveLength(2);
  });

  it('names the session within STS rules: 64 characters at most, no characters STS refuses', () => {
    expect(sweepSessionName('a b/c')).toBe('groundwork-sweep-a-b-c');
    const long = sweepSessionName('x'.repeat(80));
    expect(long).toHaveLength(64);
    expect(long).toMatch(/^[\w+=,.@-]+$/);
  });
});
