import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Secret, SecretProps } from './secret';
import { roleNameOf } from './grant-secret-read';

const ref = SynthesizedStack.ref;
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function synthSecret(props: SecretProps = {}, configure?: (s: Secret) => void) {
  return synthConstruct((stack) => {
    const secret = new Secret(stack, 'api-token', props);
    configure?.(secret);
  });
}

describe('Secret', () => {
  it('has a generated name, the AWS managed key, a 30-day recovery window and no value in code', () => {
    const v = synthSecret().resource('aws_secretsmanager_secret').values;
    expect(v).toEqual({ name_prefix: 'api-token-', recovery_window_in_days: 30 });
    expect(synthSecret().resources('aws_secretsmanager_secret_version')).toHaveLength(0);
  });

  it('takes a name, description, KMS key and recovery window', () => {
    const v = synthSecret({
      secretName: 'prod/payments/api-token',
      description: 'Payments API token',
      kmsKeyArn: KEY,
      recoveryWindowDays: 7,
    }).resource('aws_secretsmanager_secret').values;
    expect(v).toEqual({
      name: 'prod/payments/api-token',
      description: 'Payments API token',
      kms_key_id: KEY,
      recovery_window_in_days: 7,
    });
  });

  it('allows deletion without recovery only when asked with 0', () => {
    const v = synthSecret({ recoveryWindowDays: 0 }).resource('aws_secretsmanager_secret').values;
    expect(v.recovery_window_in_days).toBe(0);
  });

  it('grants read to a role by name with an inline policy on exactly this secret', () => {
    const stack = synthSecret({}, (s) => s.grantRead('payments'));
    const secret = stack.resource('aws_secretsmanager_secret');
    const grant = stack.resource('aws_iam_role_policy').values;
    expect(grant.role).toBe('payments');
    expect(grant.name).toMatch(/^api-token-read-payments-[0-9a-f]{8}$/);
    expect(JSON.parse(grant.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadSecret',
          Effect: 'Allow',
          Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          Resource: ref(secret, 'arn'),
        },
      ],
    });
  });

  it('grants read to a role by ARN (with a path) and adds kms:Decrypt through Secrets Manager for a CMK', () => {
    const stack = synthSecret({ kmsKeyArn: KEY }, (s) => {
      s.grantRead('arn:aws:iam::123456789012:role/teams/payments');
      s.grantRead('reporting');
    });
    const grants = stack.resources('aws_iam_role_policy');
    expect(grants.map((g) => g.values.role)).toEqual(['payments', 'reporting']);
    const statements = JSON.parse(grants[0].values.policy as string).Statement;
    expect(statements[1]).toEqual({
      Sid: 'DecryptSecretThroughSecretsManager',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: KEY,
      Condition: { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } },
    });
  });

  it('takes a role name that is a Terraform reference', () => {
    const stack = synthConstruct((scope) => {
      const role = new IamRole(scope, 'payments', { assumeRolePolicy: '{}' });
      new Secret(scope, 'api-token').grantRead(role.name);
    });
    const grant = stack.resource('aws_iam_role_policy');
    expect(grant.values.role).toBe(ref(stack.resource('aws_iam_role'), 'name'));
    expect(grant.address).toContain('read-1');
  });

  it.each<[SecretProps, string]>([
    [
      { recoveryWindowDays: 5 },
      'recoveryWindowDays must be a whole number from 7 to 30, or 0 to delete without recovery, got 5',
    ],
    [{ recoveryWindowDays: 31 }, 'got 31'],
    [{ secretName: 'a', namePrefix: 'b' }, 'give secretName or namePrefix, not both'],
    [{ secretName: 'has space' }, 'secretName must be 1-512 of letters, digits and /_+=.@-, got "has space"'],
    [
      { kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:alias/secrets' },
      'Secret test/api-token: kmsKeyArn must be a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias or key id), got "arn:aws:kms:us-east-1:123456789012:alias/secrets"',
    ],
    [{ kmsKeyArn: '1234abcd-12ab-34cd-56ef-1234567890ab' }, 'kmsKeyArn must be a KMS key ARN'],
  ])('fails on %j', (props, message) => {
    expect(() => synthSecret(props)).toThrow(message);
  });

  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'is not an IAM role ARN'],
    ['arn:aws:iam::123:role/x', 'is not an IAM role ARN'],
    ['role with spaces', 'is not an IAM role name'],
    ['a'.repeat(65), 'is not an IAM role name'],
  ])('fails when grantRead gets %s', (role, message) => {
    expect(() => synthSecret({}, (s) => s.grantRead(role))).toThrow(
      `Secret test/api-token: grantRead: "${role}" ${message}`,
    );
  });
});

describe('roleNameOf', () => {
  it('takes the last path segment of a role ARN, in any partition', () => {
    expect(roleNameOf('m', 'arn:aws-us-gov:iam::123456789012:role/a/b/c')).toBe('c');
    expect(roleNameOf('m', 'app')).toBe('app');
  });
});
