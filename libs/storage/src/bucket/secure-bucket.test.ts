import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { MinimumTlsVersion, ObjectOwnership, SecureBucket, SecureBucketProps } from './secure-bucket';
import type { PolicyStatement } from './bucket-policy';

const ref = SynthesizedStack.ref;
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const APP = 'arn:aws:iam::123456789012:role/app';
const DEPLOY = 'arn:aws:iam::123456789012:role/deploy';

function synthBucket(
  props: SecureBucketProps = { disableAccessLogs: true },
  configure?: (b: SecureBucket) => void,
) {
  let bucket!: SecureBucket;
  const stack = synthConstruct((s) => {
    bucket = new SecureBucket(s, 'data', props);
    configure?.(bucket);
  });
  return { stack, bucket };
}

function statements(stack: SynthesizedStack, nameContains = 'data'): PolicyStatement[] {
  const policy = stack.resource('aws_s3_bucket_policy', nameContains).values.policy as string;
  return (JSON.parse(policy) as { Statement: PolicyStatement[] }).Statement;
}

describe('SecureBucket defaults', () => {
  const { stack, bucket } = synthBucket();
  const b = stack.resource('aws_s3_bucket');
  const byBucket = (type: string) => {
    const r = stack.resource(type);
    expect(r.values.bucket).toBe(ref(b, 'id'));
    return r.values;
  };

  it('generates a unique name from the construct id and keeps force_destroy off', () => {
    expect(b.values).toEqual({ bucket_prefix: 'data-', force_destroy: false });
    // Generated from the prefix at apply time, so only a reference is known now.
    expect(Token.isUnresolved(bucket.bucketName)).toBe(true);
  });

  it('turns on all four public access block settings', () => {
    expect(byBucket('aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it('disables ACLs with BucketOwnerEnforced', () => {
    expect(byBucket('aws_s3_bucket_ownership_controls').rule).toEqual({
      object_ownership: 'BucketOwnerEnforced',
    });
  });

  it('encrypts with SSE-S3', () => {
    expect(byBucket('aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
    expect(bucket.encryption).toBe('SSE-S3');
  });

  it('turns versioning on', () => {
    expect(byBucket('aws_s3_bucket_versioning').versioning_configuration).toEqual({ status: 'Enabled' });
  });

  it('expires noncurrent versions after 90 days and aborts multipart uploads after 7, once versioning exists', () => {
    const lifecycle = byBucket('aws_s3_bucket_lifecycle_configuration');
    expect(lifecycle.rule).toEqual([
      expect.objectContaining({
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      }),
      expect.objectContaining({
        id: 'expire-noncurrent-versions',
        status: 'Enabled',
        noncurrent_version_expiration: [{ noncurrent_days: 90 }],
      }),
    ]);
    expect(lifecycle.depends_on).toEqual([stack.resource('aws_s3_bucket_versioning').address]);
  });

  it('uses separate aws_s3_bucket_* resources, no deprecated inline blocks', () => {
    for (const inline of [
      'versioning',
      'logging',
      'lifecycle_rule',
      'server_side_encryption_configuration',
      'acl',
      'policy',
    ]) {
      expect(b.values).not.toHaveProperty(inline);
    }
  });

  it('renders one bucket policy that denies plain HTTP, after the public access block', () => {
    const policy = byBucket('aws_s3_bucket_policy');
    expect(policy.depends_on).toEqual([stack.resource('aws_s3_bucket_public_access_block').address]);
    expect(statements(stack)).toEqual([
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*'],
        Resource: [ref(b, 'arn'), `${ref(b, 'arn')}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('has no access logging when disabled explicitly', () => {
    expect(stack.resources('aws_s3_bucket_logging')).toHaveLength(0);
  });
});

describe('SecureBucket options', () => {
  it('encrypts with a KMS key and the S3 bucket key', () => {
    const { stack, bucket } = synthBucket({ disableAccessLogs: true, kmsKey: KEY });
    expect(stack.resource('aws_s3_bucket_server_side_encryption_configuration').values.rule).toEqual([
      {
        apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: KEY },
        bucket_key_enabled: true,
      },
    ]);
    expect(bucket.encryption).toBe('SSE-KMS');
    expect(bucket.kmsKeyArn).toBe(KEY);
  });

  it('encrypts with a KmsKey construct by reference', () => {
    let bucket!: SecureBucket;
    const stack = synthConstruct((s) => {
      const key = new KmsKey(s, 'key', { enableKeyRotation: true });
      bucket = new SecureBucket(s, 'data', { disableAccessLogs: true, kmsKey: key });
    });
    const keyArn = ref(stack.resource('aws_kms_key'), 'arn');
    expect(stack.resource('aws_s3_bucket_server_side_encryption_configuration').values.rule).toEqual([
      {
        apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: keyArn },
        bucket_key_enabled: true,
      },
    ]);
    expect(bucket.encryption).toBe('SSE-KMS');
  });

  it('takes an exact, valid name', () => {
    const { stack } = synthBucket({ disableAccessLogs: true, bucketName: 'acme-prod-assets' });
    expect(stack.resource('aws_s3_bucket').values).toEqual({
      bucket: 'acme-prod-assets',
      force_destroy: false,
    });
  });

  it('adds a minimum TLS version statement', () => {
    const { stack } = synthBucket({ disableAccessLogs: true, minimumTlsVersion: '1.3' });
    expect(statements(stack)[1]).toMatchObject({
      Sid: 'DenyOutdatedTls',
      Effect: 'Deny',
      Condition: { NumericLessThan: { 's3:TlsVersion': '1.3' } },
    });
  });

  it('logs to the access log bucket under its id, partitioned by event time, and opens the log bucket to S3 logging', () => {
    const stack = synthConstruct((s) => {
      const logs = new SecureBucket(s, 'logs', { disableAccessLogs: true });
      new SecureBucket(s, 'data', { accessLogsBucket: logs });
    });
    const data = stack.resource('aws_s3_bucket', 'data');
    const logs = stack.resource('aws_s3_bucket', 'logs');
    expect(stack.resource('aws_s3_bucket_logging').values).toEqual({
      bucket: ref(data, 'id'),
      target_bucket: ref(logs, 'bucket'),
      target_prefix: 'data/',
      target_object_key_format: { partitioned_prefix: { partition_date_source: 'EventTime' } },
    });
    const account = stack.dataSources('aws_caller_identity');
    expect(account).toHaveLength(1);
    expect(statements(stack, 'logs')[1]).toEqual({
      Sid: 'AllowServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: ['s3:PutObject'],
      Resource: [`${ref(logs, 'arn')}/*`],
      Condition: {
        ArnEquals: { 'aws:SourceArn': [ref(data, 'arn')] },
        StringEquals: { 'aws:SourceAccount': ref(account[0], 'account_id') },
      },
    });
  });

  it('prefixes logs with the construct path below the stack, so nested buckets of the same id do not mix', () => {
    const stack = synthConstruct((s) => {
      const logs = new SecureBucket(s, 'logs', { disableAccessLogs: true });
      new SecureBucket(new Construct(s, 'site'), 'assets', { accessLogsBucket: logs });
      new SecureBucket(s, 'assets', { accessLogsBucket: logs, accessLogsPrefix: 'custom/' });
    });
    const prefixes = stack.resources('aws_s3_bucket_logging').map((r) => r.values.target_prefix);
    expect(prefixes.sort()).toEqual(['custom/', 'site/assets/']);
  });

  it('collects every source bucket into one log delivery statement', () => {
    const stack = synthConstruct((s) => {
      const logs = new SecureBucket(s, 'logs', { disableAccessLogs: true });
      new SecureBucket(s, 'a', { accessLogsBucket: logs });
      new SecureBucket(s, 'b', { accessLogsBucket: logs });
    });
    const delivery = statements(stack, 'logs').filter((s) => s.Sid === 'AllowServerAccessLogDelivery');
    expect(delivery).toHaveLength(1);
    expect((delivery[0].Condition?.ArnEquals['aws:SourceArn'] as string[]).length).toBe(2);
    expect(stack.dataSources('aws_caller_identity')).toHaveLength(1);
  });

  it('drops the noncurrent rule when versioning is off and adds current-object expiry on request', () => {
    const { stack } = synthBucket({ disableAccessLogs: true, versioned: false, expireObjectsAfterDays: 30 });
    expect(stack.resources('aws_s3_bucket_versioning')).toHaveLength(0);
    const rules = stack.resource('aws_s3_bucket_lifecycle_configuration').values.rule as { id: string }[];
    expect(rules.map((r) => r.id)).toEqual(['abort-incomplete-multipart-uploads', 'expire-current-objects']);
  });

  it('keeps ACLs for CloudFront log destinations only when asked', () => {
    const { stack } = synthBucket({ disableAccessLogs: true, objectOwnership: 'BucketOwnerPreferred' });
    expect(stack.resource('aws_s3_bucket_ownership_controls').values.rule).toEqual({
      object_ownership: 'BucketOwnerPreferred',
    });
  });
});

describe('SecureBucket resource policy API', () => {
  it('renders grants, denyAllExcept and CloudFront into ONE aws_s3_bucket_policy', () => {
    const dist = 'arn:aws:cloudfront::123456789012:distribution/E2EXAMPLE';
    const { stack } = synthBucket({ disableAccessLogs: true }, (b) => {
      b.grantRead(APP);
      b.grantReadWrite(DEPLOY);
      b.denyAllExcept([APP, DEPLOY]);
      b.allowCloudFront({ distributionArn: dist });
    });
    expect(stack.resources('aws_s3_bucket_policy')).toHaveLength(1);
    const all = statements(stack);
    expect(all.map((s) => s.Sid)).toEqual([
      'DenyInsecureTransport',
      'DenyAllExceptListedPrincipals',
      'DenyServicesExceptListedSources',
      'AllowCloudFrontOriginAccessControl',
      'GrantRead1',
      'GrantReadWrite2',
    ]);
    const b = stack.resource('aws_s3_bucket');
    expect(all[1]).toEqual({
      Sid: 'DenyAllExceptListedPrincipals',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*'],
      Resource: [ref(b, 'arn'), `${ref(b, 'arn')}/*`],
      Condition: {
        ArnNotLike: { 'aws:PrincipalArn': [APP, DEPLOY] },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    });
    expect(all[2].Condition).toEqual({
      Bool: { 'aws:PrincipalIsAWSService': 'true' },
      ArnNotEquals: { 'aws:SourceArn': [dist] },
    });
    expect(all[3]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: ['s3:GetObject'],
      Resource: [`${ref(b, 'arn')}/*`],
      Condition: { ArnEquals: { 'aws:SourceArn': [dist] } },
    });
    expect(all[4]).toMatchObject({ Effect: 'Allow', Principal: { AWS: [APP] } });
    expect(all[4].Action).not.toContain('s3:PutObject');
    expect(all[5].Action).toEqual(
      expect.arrayContaining(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']),
    );
  });

  it('merges repeated denyAllExcept calls without duplicates', () => {
    const { bucket } = synthBucket({ disableAccessLogs: true }, (b) => {
      b.denyAllExcept([APP]);
      b.denyAllExcept([APP, DEPLOY]);
    });
    const deny = bucket.renderPolicy().Statement.find((s) => s.Sid === 'DenyAllExceptListedPrincipals');
    expect(deny?.Condition?.ArnNotLike['aws:PrincipalArn']).toEqual([APP, DEPLOY]);
  });

  it('accepts wildcard principals for denyAllExcept and matches grants against them', () => {
    expect(() =>
      synthBucket({ disableAccessLogs: true }, (b) => {
        b.grantRead(APP);
        b.denyAllExcept(['arn:aws:iam::123456789012:role/a*']);
      }),
    ).not.toThrow();
  });

  it('takes principal ARNs that are Terraform references and skips the shadow check for them', () => {
    const stack = synthConstruct((s) => {
      const role = new IamRole(s, 'app-role', { assumeRolePolicy: '{}' });
      const b = new SecureBucket(s, 'data', { disableAccessLogs: true });
      b.grantRead(role.arn);
      b.denyAllExcept([DEPLOY]);
    });
    const role = stack.resource('aws_iam_role');
    const all = statements(stack);
    expect(all.find((x) => x.Sid === 'GrantRead1')?.Principal).toEqual({ AWS: [ref(role, 'arn')] });
  });

  it('fails at synth when a grant is shadowed by denyAllExcept', () => {
    expect(() =>
      synthBucket({ disableAccessLogs: true }, (b) => {
        b.grantRead('arn:aws:iam::123456789012:role/reporting');
        b.denyAllExcept([APP]);
      }),
    ).toThrow(/role\/reporting is granted access but not listed in denyAllExcept/);
  });

  it('fails when denyAllExcept gets an empty list', () => {
    expect(() => synthBucket({ disableAccessLogs: true }, (b) => b.denyAllExcept([]))).toThrow(
      'SecureBucket test/data: denyAllExcept: the list of principal ARNs is empty',
    );
  });

  it.each(['app', 'arn:aws:s3:::bucket', 'arn:aws:iam::12345:role/x', '*'])(
    'fails when a principal is not an IAM principal ARN: %s',
    (arn) => {
      expect(() => synthBucket({ disableAccessLogs: true }, (b) => b.grantRead(arn))).toThrow(
        `SecureBucket test/data: grantRead: "${arn}" is not an IAM principal ARN`,
      );
      expect(() => synthBucket({ disableAccessLogs: true }, (b) => b.grantReadWrite(arn))).toThrow(
        `SecureBucket test/data: grantReadWrite: "${arn}" is not an IAM principal ARN`,
      );
    },
  );
});

describe('SecureBucket validation', () => {
  const logsOf = (props: SecureBucketProps) => () =>
    synthConstruct((s) => {
      const logs = new SecureBucket(s, 'logs', props);
      new SecureBucket(s, 'data', { accessLogsBucket: logs });
    });

  it('fails when neither a log bucket nor disableAccessLogs is given', () => {
    expect(() => synthBucket({})).toThrow(
      'SecureBucket test/data: server access logging is on by default and needs accessLogsBucket',
    );
  });

  it('fails when both a log bucket and disableAccessLogs are given', () => {
    expect(() =>
      synthConstruct((s) => {
        const logs = new SecureBucket(s, 'logs', { disableAccessLogs: true });
        new SecureBucket(s, 'data', { accessLogsBucket: logs, disableAccessLogs: true });
      }),
    ).toThrow(/contradict/);
  });

  it('fails when the log bucket uses SSE-KMS', () => {
    expect(logsOf({ disableAccessLogs: true, kmsKey: KEY })).toThrow(
      /uses SSE-KMS, which S3 server access log delivery does not support/,
    );
  });

  it('fails when bucketName and bucketNamePrefix are both given', () => {
    expect(() =>
      synthBucket({ disableAccessLogs: true, bucketName: 'abc', bucketNamePrefix: 'abc-' }),
    ).toThrow('give bucketName or bucketNamePrefix, not both');
  });

  it('fails when the name breaks an S3 rule, naming the rule', () => {
    expect(() => synthBucket({ disableAccessLogs: true, bucketName: 'Bad_Name' })).toThrow(
      'SecureBucket test/data: bucketName: bucket name "Bad_Name" breaks the S3 naming rules: only lowercase letters',
    );
  });

  it('fails when the prefix is too long for the generated suffix', () => {
    expect(() => synthBucket({ disableAccessLogs: true, bucketNamePrefix: 'a'.repeat(40) })).toThrow(
      /^SecureBucket test\/data: bucketNamePrefix: bucket name prefix "a{40}" .*1-37 characters/,
    );
  });

  it.each(['1.0', '1.1', 'TLSv1.2'])('fails when minimumTlsVersion is %s', (version) => {
    expect(() =>
      synthBucket({ disableAccessLogs: true, minimumTlsVersion: version as MinimumTlsVersion }),
    ).toThrow(`SecureBucket test/data: minimumTlsVersion must be '1.2' or '1.3', got '${version}'`);
  });

  it('fails when objectOwnership is ObjectWriter', () => {
    expect(() =>
      synthBucket({ disableAccessLogs: true, objectOwnership: 'ObjectWriter' as ObjectOwnership }),
    ).toThrow("SecureBucket test/data: objectOwnership must be 'BucketOwnerEnforced' (ACLs off) or");
  });

  it('fails when noncurrent expiry is asked for without versioning', () => {
    expect(() =>
      synthBucket({ disableAccessLogs: true, versioned: false, noncurrentVersionExpirationDays: 30 }),
    ).toThrow('noncurrentVersionExpirationDays needs versioned: true');
  });

  it.each([
    ['noncurrentVersionExpirationDays', 0],
    ['abortIncompleteMultipartUploadDays', 1.5],
    ['expireObjectsAfterDays', -1],
  ] as const)('fails when %s is %s', (prop, value) => {
    expect(() => synthBucket({ disableAccessLogs: true, [prop]: value })).toThrow(
      `${prop} must be a whole number of at least 1, got ${value}`,
    );
  });
});
