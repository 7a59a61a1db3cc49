// Evaluates bucket policies as synthesized (the aws_s3_bucket_policy JSON, with Terraform references replaced
// by the values AWS would fill in) with @cloud-copilot/iam-simulate, an IAM policy evaluation engine.
import { anonymousPrincipal, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { SecureBucket } from './secure-bucket';
import type { CloudFrontDistributionRef } from './secure-bucket';

const ACCOUNT = '123456789012';
const BUCKET = 'secrets-20261127112233445500000001';
const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
const DISTRIBUTION_ARN = `arn:aws:cloudfront::${ACCOUNT}:distribution/E2EXAMPLE1234`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const DEPLOY = `arn:aws:iam::${ACCOUNT}:role/deploy`;
const INTRUDER = `arn:aws:iam::${ACCOUNT}:role/platform-admin`;
const ALL_S3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

/** The bucket's policy from the synthesized stack, with references resolved as AWS would at apply time. */
function renderedPolicy(
  stack: SynthesizedStack,
  bucketName: string,
  refs: Record<string, string> = {},
): Record<string, unknown> {
  const bucket = stack.resource('aws_s3_bucket', bucketName);
  const policy = stack.resource('aws_s3_bucket_policy', bucketName);
  const withRefs = Object.entries({ [SynthesizedStack.ref(bucket, 'arn')]: BUCKET_ARN, ...refs }).reduce(
    (text, [ref, value]) => text.split(ref).join(value),
    policy.values.policy as string,
  );
  const json = withRefs.replace(/\$\{data\.aws_caller_identity\.[^}]+\.account_id\}/g, ACCOUNT);
  expect(json).not.toContain('${');
  return JSON.parse(json) as Record<string, unknown>;
}

interface Request {
  readonly principal: string;
  readonly action: string;
  readonly key?: string;
  readonly identityPolicy?: Record<string, unknown>;
  readonly context?: Record<string, string>;
}

async function evaluate(policy: Record<string, unknown>, req: Request): Promise<string> {
  // AWS puts aws:PrincipalArn, aws:PrincipalAccount and aws:PrincipalIsAWSService in the context of every
  // signed request; the simulator takes the context as given, so set them as AWS would.
  const isIam = req.principal.startsWith('arn:');
  const principalContext: Record<string, string> = isIam
    ? {
        'aws:PrincipalArn': req.principal,
        'aws:PrincipalAccount': req.principal.split(':')[4],
        'aws:PrincipalIsAWSService': 'false',
      }
    : { 'aws:PrincipalIsAWSService': 'true' };
  const resource =
    req.action === 's3:ListBucket' ? BUCKET_ARN : `${BUCKET_ARN}/${req.key ?? 'db/password.txt'}`;
  const simulation: Simulation = {
    identityPolicies: req.identityPolicy ? [{ name: 'identity', policy: req.identityPolicy }] : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: policy,
    request: {
      principal: req.principal,
      action: req.action,
      resource: { resource, accountId: ACCOUNT },
      contextVariables: { 'aws:SecureTransport': 'true', ...principalContext, ...req.context },
    },
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

describe('denyAllExcept, evaluated with an IAM policy simulator', () => {
  const stack = synthConstruct((s) => {
    const secrets = new SecureBucket(s, 'secrets', { disableAccessLogs: true, minimumTlsVersion: '1.2' });
    secrets.grantRead(APP);
    secrets.denyAllExcept([APP, DEPLOY]);
  });
  const policy = renderedPolicy(stack, 'secrets');

  it('denies an unlisted principal whose IAM policy allows s3:* on everything', async () => {
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket']) {
      await expect(evaluate(policy, { principal: INTRUDER, action, identityPolicy: ALL_S3 })).resolves.toBe(
        'ExplicitlyDenied',
      );
    }
  });

  it('denies an unlisted principal of another account', async () => {
    const outsider = 'arn:aws:iam::210987654321:role/app';
    await expect(
      evaluate(policy, { principal: outsider, action: 's3:GetObject', identityPolicy: ALL_S3 }),
    ).resolves.toBe('ExplicitlyDenied');
  });

  it('denies unsigned (anonymous) requests explicitly', async () => {
    const result = await runSimulation(
      {
        identityPolicies: [],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: policy,
        request: {
          principal: anonymousPrincipal,
          action: 's3:GetObject',
          resource: { resource: `${BUCKET_ARN}/db/password.txt`, accountId: ACCOUNT },
          contextVariables: { 'aws:SecureTransport': 'true' },
        },
      },
      {},
    );
    expect(result.resultType !== 'error' && result.overallResult).toBe('ExplicitlyDenied');
  });

  it('denies AWS services, since it admits none', async () => {
    await expect(
      evaluate(policy, {
        principal: 'cloudfront.amazonaws.com',
        action: 's3:GetObject',
        context: { 'aws:SourceArn': DISTRIBUTION_ARN, 'aws:SourceAccount': ACCOUNT },
      }),
    ).resolves.toBe('ExplicitlyDenied');
  });

  it('lets the listed, granted principal read', async () => {
    await expect(evaluate(policy, { principal: APP, action: 's3:GetObject' })).resolves.toBe('Allowed');
  });

  it('does not let the read-only principal write', async () => {
    await expect(evaluate(policy, { principal: APP, action: 's3:PutObject' })).resolves.toBe(
      'ImplicitlyDenied',
    );
  });

  it('lets a listed principal act within its own IAM permissions', async () => {
    await expect(
      evaluate(policy, { principal: DEPLOY, action: 's3:PutObject', identityPolicy: ALL_S3 }),
    ).resolves.toBe('Allowed');
  });

  it('denies a listed principal over plain HTTP and below TLS 1.2', async () => {
    await expect(
      evaluate(policy, {
        principal: APP,
        action: 's3:GetObject',
        context: { 'aws:SecureTransport': 'false' },
      }),
    ).resolves.toBe('ExplicitlyDenied');
    await expect(
      evaluate(policy, { principal: APP, action: 's3:GetObject', context: { 's3:TlsVersion': '1.1' } }),
    ).resolves.toBe('ExplicitlyDenied');
    await expect(
      evaluate(policy, { principal: APP, action: 's3:GetObject', context: { 's3:TlsVersion': '1.3' } }),
    ).resolves.toBe('Allowed');
  });
});

describe('denyAllExcept over random principal lists (property, simulated)', () => {
  const roleName = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
  const account = fc.constantFrom('123456789012', '210987654321');

  it('denies every unlisted role and allows every listed one, whatever the list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(account, roleName), {
          minLength: 2,
          maxLength: 6,
          selector: ([a, r]) => `${a}/${r}`,
        }),
        async (roles) => {
          const arns = roles.map(([a, r]) => `arn:aws:iam::${a}:role/${r}`);
          const [outsider, ...listed] = arns;
          const stack = synthConstruct((s) => {
            new SecureBucket(s, 'secrets', { disableAccessLogs: true }).denyAllExcept(listed);
          });
          const policy = renderedPolicy(stack, 'secrets');
          const get = (principal: string) =>
            evaluate(policy, { principal, action: 's3:GetObject', identityPolicy: ALL_S3 });
          expect(await get(outsider)).toBe('ExplicitlyDenied');
          // Same-account callers need only their IAM allow; other-account callers also need a bucket grant.
          for (const arn of listed.filter((a) => a.includes(ACCOUNT))) expect(await get(arn)).toBe('Allowed');
          for (const arn of listed.filter((a) => !a.includes(ACCOUNT)))
            expect(await get(arn)).not.toBe('ExplicitlyDenied');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('allowCloudFront with denyAllExcept, evaluated', () => {
  const stack = synthConstruct((s) => {
    const site = new SecureBucket(s, 'site', { disableAccessLogs: true });
    const distribution: CloudFrontDistributionRef = { distributionArn: DISTRIBUTION_ARN };
    site.allowCloudFront(distribution);
    site.denyAllExcept([DEPLOY]);
  });
  const policy = renderedPolicy(stack, 'site');

  it('lets CloudFront read objects for this distribution', async () => {
    await expect(
      evaluate(policy, {
        principal: 'cloudfront.amazonaws.com',
        action: 's3:GetObject',
        key: 'index.html',
        context: { 'aws:SourceArn': DISTRIBUTION_ARN, 'aws:SourceAccount': ACCOUNT },
      }),
    ).resolves.toBe('Allowed');
  });

  it('refuses CloudFront acting for another distribution', async () => {
    const other = `arn:aws:cloudfront::${ACCOUNT}:distribution/EOTHER999999`;
    await expect(
      evaluate(policy, {
        principal: 'cloudfront.amazonaws.com',
        action: 's3:GetObject',
        key: 'index.html',
        context: { 'aws:SourceArn': other, 'aws:SourceAccount': ACCOUNT },
      }),
    ).resolves.toBe('ExplicitlyDenied');
  });

  it('still denies an unlisted IAM principal whose request carries the distribution as source ARN', async () => {
    await expect(
      evaluate(policy, {
        principal: INTRUDER,
        action: 's3:GetObject',
        key: 'index.html',
        identityPolicy: ALL_S3,
        context: { 'aws:SourceArn': DISTRIBUTION_ARN },
      }),
    ).resolves.toBe('ExplicitlyDenied');
  });

  it('does not let CloudFront write', async () => {
    await expect(
      evaluate(policy, {
        principal: 'cloudfront.amazonaws.com',
        action: 's3:PutObject',
        key: 'index.html',
        context: { 'aws:SourceArn': DISTRIBUTION_ARN },
      }),
    ).resolves.not.toBe('Allowed');
  });
});

describe('server access log delivery, evaluated', () => {
  const stack = synthConstruct((s) => {
    const logs = new SecureBucket(s, 'logs', { disableAccessLogs: true });
    new SecureBucket(s, 'assets', { accessLogsBucket: logs });
    logs.denyAllExcept([DEPLOY]);
  });
  const assetsArn = 'arn:aws:s3:::assets-20261127112233445500000002';
  const policy = renderedPolicy(stack, 'logs', {
    [SynthesizedStack.ref(stack.resource('aws_s3_bucket', 'assets'), 'arn')]: assetsArn,
  });
  const delivery = (sourceArn: string, sourceAccount = ACCOUNT) =>
    evaluate(policy, {
      principal: 'logging.s3.amazonaws.com',
      action: 's3:PutObject',
      key: 'assets/2026/11/27/log',
      context: { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': sourceAccount },
    });

  it('lets the logging service write logs of the source bucket, despite denyAllExcept', async () => {
    await expect(delivery(assetsArn)).resolves.toBe('Allowed');
  });

  it('refuses logs from another bucket or account', async () => {
    await expect(delivery('arn:aws:s3:::someone-elses-bucket')).resolves.not.toBe('Allowed');
    await expect(delivery(assetsArn, '210987654321')).resolves.not.toBe('Allowed');
  });
});
