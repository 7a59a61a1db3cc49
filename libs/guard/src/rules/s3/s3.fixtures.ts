import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const bucket = { aws_s3_bucket: { data: { bucket: 'acme-data' } } };
const byVariable = { aws_s3_bucket: { data: { bucket: '${var.bucket_name}' } } };

const pab = (settings: Record<string, unknown>) => ({
  aws_s3_bucket_public_access_block: {
    data: {
      bucket: '${aws_s3_bucket.data.id}',
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
      ...settings,
    },
  },
});

const publicAccessBlockFixtures = (setting: string): RuleFixtures => ({
  passes: [
    { name: 'a block setting it', json: tf({ ...bucket, ...pab({}) }) },
    {
      name: 'a block matched by literal bucket name',
      json: tf({ ...bucket, ...pab({ bucket: 'acme-data' }) }),
    },
    {
      name: 'a block naming the bucket through the same variable',
      json: tf({ ...byVariable, ...pab({ bucket: '${ var.bucket_name }' }) }),
    },
    {
      name: 'a block naming the bucket through the same local',
      json: tf(
        {
          aws_s3_bucket: { data: { bucket: '${local.name}-data' } },
          ...pab({ bucket: '${local.name}-data' }),
        },
        undefined,
        { name: '${var.prefix}' },
      ),
    },
    {
      name: 'a block per bucket instance, by count',
      json: tf({
        aws_s3_bucket: { data: { count: 2, bucket: 'acme-${count.index}' } },
        ...pab({ count: 2, bucket: '${aws_s3_bucket.data[count.index].id}' }),
      }),
    },
    {
      name: 'a block per bucket instance, by for_each',
      json: tf({
        aws_s3_bucket: { data: { for_each: { a: 'acme-a', b: 'acme-b' }, bucket: '${each.value}' } },
        ...pab({ for_each: { a: 'acme-a', b: 'acme-b' }, bucket: '${aws_s3_bucket.data[each.key].id}' }),
      }),
    },
    {
      name: 'an account-wide block',
      json: tf({ ...bucket, aws_s3_account_public_access_block: { acct: { [setting]: true } } }),
    },
  ],
  fails: [
    { name: 'a bucket without a block', json: tf(bucket), at: 'aws_s3_bucket.data' },
    {
      name: 'a block with the setting false',
      json: tf({ ...bucket, ...pab({ [setting]: false }) }),
      at: 'aws_s3_bucket_public_access_block.data',
    },
    {
      name: 'a block with the setting unset (the default is false)',
      json: tf({ ...bucket, ...pab({ [setting]: null }) }),
      at: 'aws_s3_bucket_public_access_block.data',
    },
    {
      name: 'one of two bucket instances without a block',
      json: tf({
        aws_s3_bucket: { data: { count: 2, bucket: 'acme-${count.index}' } },
        ...pab({ bucket: '${aws_s3_bucket.data[0].id}' }),
      }),
      at: 'aws_s3_bucket.data[1]',
    },
  ],
  undecided: [
    {
      name: 'a computed setting',
      json: tf({ ...bucket, ...pab({ [setting]: '${var.flag}' }) }),
      at: 'aws_s3_bucket_public_access_block.data',
    },
    {
      name: 'a block that names a bucket through another variable',
      json: tf({ ...byVariable, ...pab({ bucket: '${var.other_bucket}' }) }),
      at: 'aws_s3_bucket.data',
    },
  ],
});

const policy = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const tlsDeny = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const bucketPolicy = (document: string) => ({
  ...bucket,
  aws_s3_bucket_policy: { p: { bucket: '${aws_s3_bucket.data.id}', policy: document } },
});
const tlsDocument = (statement: Record<string, unknown>) => ({
  aws_iam_policy_document: {
    tls: {
      statement: [
        {
          effect: 'Deny',
          actions: ['s3:*'],
          resources: ['${aws_s3_bucket.data.arn}', '${aws_s3_bucket.data.arn}/*'],
          principals: [{ type: '*', identifiers: ['*'] }],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
          ...statement,
        },
      ],
    },
  },
});

const encryptionConfiguration = (rule: unknown) => ({
  aws_s3_bucket_server_side_encryption_configuration: {
    e: { bucket: '${aws_s3_bucket.data.bucket}', rule },
  },
});

export const S3_FIXTURES: Record<string, RuleFixtures> = {
  'GW-S3-001': publicAccessBlockFixtures('block_public_acls'),
  'GW-S3-002': publicAccessBlockFixtures('block_public_policy'),
  'GW-S3-003': publicAccessBlockFixtures('ignore_public_acls'),
  'GW-S3-004': publicAccessBlockFixtures('restrict_public_buckets'),
  'GW-S3-005': {
    passes: [
      {
        name: 'a separate encryption configuration',
        json: tf({
          ...bucket,
          ...encryptionConfiguration({
            apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' },
          }),
        }),
      },
      {
        name: 'an inline (provider v3) configuration',
        json: tf({
          aws_s3_bucket: {
            data: {
              server_side_encryption_configuration: {
                rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
              },
            },
          },
        }),
      },
      {
        name: 'an inline configuration given by a dynamic block with a computed for_each',
        json: tf({
          aws_s3_bucket: {
            data: {
              dynamic: {
                server_side_encryption_configuration: {
                  for_each: '${var.encrypt ? [1] : []}',
                  content: { rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } },
                },
              },
            },
          },
        }),
      },
      {
        name: 'a configuration whose rule is a dynamic block',
        json: tf({
          ...bucket,
          aws_s3_bucket_server_side_encryption_configuration: {
            e: {
              bucket: '${aws_s3_bucket.data.bucket}',
              dynamic: {
                rule: {
                  for_each: '${var.rules}',
                  content: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms:dsse' } },
                },
              },
            },
          },
        }),
      },
    ],
    fails: [
      { name: 'no encryption configuration', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'an algorithm S3 does not accept',
        json: tf({
          ...bucket,
          ...encryptionConfiguration({
            apply_server_side_encryption_by_default: { sse_algorithm: 'AES-256' },
          }),
        }),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a default encryption without the sse_algorithm S3 requires (only a key)',
        json: tf({
          ...bucket,
          ...encryptionConfiguration({
            apply_server_side_encryption_by_default: { kms_master_key_id: '${aws_kms_key.k.arn}' },
          }),
        }),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'an encryption configuration whose rule declares no default encryption',
        json: tf({ ...bucket, ...encryptionConfiguration({}) }),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'an algorithm S3 does not accept, from a literal dynamic for_each',
        json: tf({
          aws_s3_bucket: {
            data: {
              dynamic: {
                server_side_encryption_configuration: {
                  for_each: ['aws:kms', 'kms'],
                  iterator: 'algorithm',
                  content: {
                    rule: {
                      apply_server_side_encryption_by_default: { sse_algorithm: '${algorithm.value}' },
                    },
                  },
                },
              },
            },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
    undecided: [
      {
        name: 'a computed algorithm',
        json: tf({
          ...bucket,
          ...encryptionConfiguration({
            apply_server_side_encryption_by_default: { sse_algorithm: '${var.sse}' },
          }),
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-006': {
    passes: [
      {
        name: 'versioning Enabled',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: 'Enabled' } },
          },
        }),
      },
      {
        name: 'versioning named by the same variable',
        json: tf({
          ...byVariable,
          aws_s3_bucket_versioning: {
            v: { bucket: '${var.bucket_name}', versioning_configuration: { status: 'Enabled' } },
          },
        }),
      },
      {
        name: 'inline (provider v3) versioning',
        json: tf({ aws_s3_bucket: { data: { versioning: { enabled: true } } } }),
      },
    ],
    fails: [
      { name: 'no versioning', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'versioning Suspended',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: 'Suspended' } },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
    undecided: [
      {
        name: 'a computed status',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: '${var.status}' } },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-007': {
    passes: [
      {
        name: 'logging to a log bucket (which is itself exempt)',
        json: tf({
          aws_s3_bucket: { data: { bucket: 'acme-data' }, logs: { bucket: 'acme-logs' } },
          aws_s3_bucket_logging: {
            l: {
              bucket: '${aws_s3_bucket.data.id}',
              target_bucket: '${aws_s3_bucket.logs.id}',
              target_prefix: 'data/',
            },
          },
        }),
      },
      {
        name: 'inline (provider v3) logging to a log bucket named by reference and by name',
        json: tf({
          aws_s3_bucket: {
            data: { bucket: 'acme-data', logging: { target_bucket: '${aws_s3_bucket.logs.id}' } },
            other: { bucket: 'acme-other', logging: [{ target_bucket: 'acme-logs' }] },
            logs: { bucket: 'acme-logs' },
          },
        }),
      },
    ],
    fails: [
      { name: 'no logging', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'a bucket no inline logging block targets',
        json: tf({
          aws_s3_bucket: {
            data: { bucket: 'acme-data' },
            web: { bucket: 'acme-web', logging: { target_bucket: '${aws_s3_bucket.logs.id}' } },
            logs: { bucket: 'acme-logs' },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
    undecided: [
      {
        name: 'a logging resource for a bucket named by a variable no bucket uses',
        json: tf({
          ...bucket,
          aws_s3_bucket_logging: { l: { bucket: '${var.bucket}', target_bucket: 'acme-logs' } },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-008': {
    passes: [
      {
        name: 'BucketOwnerEnforced',
        json: tf({
          ...bucket,
          aws_s3_bucket_ownership_controls: {
            o: { bucket: '${aws_s3_bucket.data.id}', rule: { object_ownership: 'BucketOwnerEnforced' } },
          },
        }),
      },
    ],
    fails: [
      { name: 'no ownership controls', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'ObjectWriter',
        json: tf({
          ...bucket,
          aws_s3_bucket_ownership_controls: {
            o: { bucket: '${aws_s3_bucket.data.id}', rule: [{ object_ownership: 'ObjectWriter' }] },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
    undecided: [
      {
        name: 'a computed ownership',
        json: tf({
          ...bucket,
          aws_s3_bucket_ownership_controls: {
            o: { bucket: '${aws_s3_bucket.data.id}', rule: { object_ownership: '${var.ownership}' } },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-009': {
    passes: [
      { name: 'a JSON policy denying insecure transport', json: tf(bucketPolicy(policy([tlsDeny]))) },
      {
        name: 'a policy document data source denying insecure transport',
        json: tf(bucketPolicy('${data.aws_iam_policy_document.tls.minified_json}'), tlsDocument({})),
      },
      {
        name: 'a deny with BoolIfExists, the key in lower case and interpolated ARNs (IAM ignores key case)',
        json: tf(
          bucketPolicy(
            policy([
              {
                ...tlsDeny,
                Resource: ['${aws_s3_bucket.data.arn}', '${aws_s3_bucket.data.arn}/*'],
                Condition: { BoolIfExists: { 'aws:securetransport': false } },
              },
            ]),
          ),
        ),
      },
      {
        name: 'a deny statement from a dynamic block with a literal for_each',
        json: tf(bucketPolicy('${data.aws_iam_policy_document.tls.json}'), {
          aws_iam_policy_document: {
            tls: {
              dynamic: {
                statement: {
                  for_each: { TlsOnly: 'false' },
                  content: {
                    sid: '${statement.key}',
                    effect: 'Deny',
                    actions: ['*'],
                    resources: ['*'],
                    principals: { type: 'AWS', identifiers: ['*'] },
                    condition: {
                      test: 'Bool',
                      variable: 'aws:SecureTransport',
                      values: ['${statement.value}'],
                    },
                  },
                },
              },
            },
          },
        }),
      },
    ],
    fails: [
      { name: 'no bucket policy', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'policy JSON with interpolated ARNs and no deny',
        json: tf(
          bucketPolicy(
            policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '${aws_s3_bucket.data.arn}/*' }]),
          ),
        ),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny only when aws:SecureTransport is true (the condition the wrong way round)',
        json: tf(
          bucketPolicy(policy([{ ...tlsDeny, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }])),
        ),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny limited to one action',
        json: tf(bucketPolicy(policy([{ ...tlsDeny, Action: 's3:GetObject' }]))),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny limited to one principal',
        json: tf(
          bucketPolicy(policy([{ ...tlsDeny, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }])),
        ),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny for everyone but one principal (NotPrincipal)',
        json: tf(
          bucketPolicy('${data.aws_iam_policy_document.tls.json}'),
          tlsDocument({
            principals: undefined,
            not_principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::1:root'] }],
          }),
        ),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny narrowed by another condition',
        json: tf(
          bucketPolicy(
            policy([
              {
                ...tlsDeny,
                Condition: {
                  Bool: { 'aws:SecureTransport': 'false' },
                  IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
                },
              },
            ]),
          ),
        ),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny on the objects only',
        json: tf(bucketPolicy(policy([{ ...tlsDeny, Resource: 'arn:aws:s3:::acme-data/*' }]))),
        at: 'aws_s3_bucket.data',
      },
    ],
    undecided: [
      {
        name: 'a policy built by an expression it cannot read',
        json: tf(bucketPolicy('${jsonencode(local.p)}')),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny whose resources are computed',
        json: tf(
          bucketPolicy(policy([{ ...tlsDeny, Resource: ['${var.bucket_arn}', '${var.bucket_arn}/*'] }])),
        ),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
};
