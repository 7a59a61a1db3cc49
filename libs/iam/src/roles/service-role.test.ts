import { synthConstruct } from '@groundwork/testing';
import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';
import { ServiceRole, ServiceRoleProps } from './service-role';

const SECRET = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf';

function build(props: Partial<ServiceRoleProps> = {}, after?: (role: ServiceRole) => void) {
  return synthConstruct((s) => {
    const role = new ServiceRole(s, 'app', {
      roleName: 'app-instance',
      service: 'ec2.amazonaws.com',
      ...props,
    });
    after?.(role);
  });
}

function bigPolicy(statementCount: number): PolicyDocument {
  const statements = Array.from({ length: statementCount }, (_, i) =>
    Statement.allow({
      actions: ['s3:GetObject'],
      resources: [`arn:aws:s3:::bucket-with-a-fairly-long-name-number-${i}/prefix/*`],
    }),
  );
  return new PolicyDocument({ statements });
}

describe('ServiceRole', () => {
  it('trusts the service, lives under /service/ and gets an instance profile for EC2', () => {
    const stack = build();
    const role = stack.resource('aws_iam_role');
    expect(role.values).toMatchObject({
      name: 'app-instance',
      path: '/service/',
      max_session_duration: 3600,
    });
    expect(JSON.parse(String(role.values.assume_role_policy)).Statement).toEqual([
      {
        Sid: 'TrustService',
        Effect: 'Allow',
        Principal: { Service: ['ec2.amazonaws.com'] },
        Action: ['sts:AssumeRole'],
      },
    ]);
    expect(stack.resource('aws_iam_instance_profile').values).toMatchObject({
      name: 'app-instance',
      path: '/service/',
    });
  });

  it('gives Lambda no instance profile', () => {
    expect(build({ service: 'lambda.amazonaws.com' }).resources('aws_iam_instance_profile')).toHaveLength(0);
  });

  it('grantReadSecret allows reading exactly that secret, and decrypting through Secrets Manager', () => {
    const stack = build({}, (role) =>
      role.grantReadSecret(SECRET, 'arn:aws:kms:eu-west-1:111122223333:key/k1'),
    );
    const policy = JSON.parse(String(stack.resource('aws_iam_role_policy').values.policy));
    expect(policy.Statement).toEqual([
      {
        Sid: 'ReadSecret',
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        Resource: [SECRET],
      },
      {
        Sid: 'DecryptSecret',
        Effect: 'Allow',
        Action: ['kms:Decrypt'],
        Resource: ['arn:aws:kms:eu-west-1:111122223333:key/k1'],
        Condition: { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } },
      },
    ]);
  });

  it('readSecretArns grants reading each secret', () => {
    const other = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/api-key-XyZ123';
    const policies = build({ readSecretArns: [SECRET, other] }).resources('aws_iam_role_policy');
    expect(policies.map((p) => p.values.name)).toEqual(['read-secret-1', 'read-secret-2']);
    expect(policies.map((p) => JSON.parse(String(p.values.policy)).Statement[0].Resource)).toEqual([
      [SECRET],
      [other],
    ]);
  });

  it('grant adds named inline policies and attachManagedPolicy attaches', () => {
    const stack = build(
      { managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'] },
      (role) => {
        role.grant(
          new PolicyDocument({
            statements: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }],
          }),
          'read-assets',
        );
      },
    );
    expect(stack.resource('aws_iam_role_policy').values.name).toBe('read-assets');
    expect(stack.resource('aws_iam_role_policy_attachment').values.policy_arn).toBe(
      'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
    );
  });

  it('refuses grants that would push the role past 10,240 inline characters in total', () => {
    const half = bigPolicy(50);
    expect(half.size()).toBeGreaterThan(5120);
    expect(half.size()).toBeLessThan(10240 / 1.5);
    expect(() =>
      build({}, (role) => {
        role.grant(half, 'first');
        role.grant(bigPolicy(50), 'second');
      }),
    ).toThrow(/inline policies would total \d+ characters without whitespace, over the 10240/);
  });

  it('refuses an administrator grant and an empty one', () => {
    const admin = new PolicyDocument({ statements: [{ actions: ['*'], resources: ['*'] }] });
    expect(() => build({}, (role) => role.grant(admin))).toThrow(/full administrator access/);
    expect(() => build({}, (role) => role.grant(new PolicyDocument()))).toThrow(/no statements/);
  });

  it.each<[string, Partial<ServiceRoleProps>, RegExp]>([
    [
      'a service that is not a principal',
      { service: 'ec2' as ServiceRoleProps['service'] },
      /not a service principal/,
    ],
    ['a path without slashes', { path: 'service' }, /must start and end with "\/"/],
  ])('rejects %s', (_title, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});
