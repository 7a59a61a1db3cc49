import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';
import { parseLive } from '../live/parse-live';

const [ruleItem] = parseLive(
  awsConfigExample('custodian-rule-invokingEvent-only-s3-bucket.json'),
  's3',
).items;
const cliItem = fromApiItem(awsConfigExample('custodian-cli-configitem-s3-bucket.json'), 's3-cli');

const policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::assets', 'arn:aws:s3:::assets/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

function secureBucket(): Record<string, Record<string, Record<string, unknown>>> {
  const ref = '${aws_s3_bucket.assets.id}';
  return {
    aws_s3_bucket: { assets: { bucket: 'assets', tags: { Name: 'assets' } } },
    aws_s3_bucket_versioning: { v: { bucket: ref, versioning_configuration: { status: 'Enabled' } } },
    aws_s3_bucket_server_side_encryption_configuration: {
      e: {
        bucket: ref,
        rule: [
          {
            apply_server_side_encryption_by_default: {
              sse_algorithm: 'aws:kms',
              kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k-1',
            },
            bucket_key_enabled: true,
          },
        ],
      },
    },
    aws_s3_bucket_public_access_block: {
      p: {
        bucket: ref,
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      },
    },
    aws_s3_bucket_policy: { pol: { bucket: ref, policy: JSON.stringify(policy) } },
    aws_s3_bucket_logging: { l: { bucket: ref, target_bucket: 'logs', target_prefix: 'assets/' } },
    aws_s3_bucket_lifecycle_configuration: {
      lc: { bucket: ref, rule: [{ id: 'expire', status: 'Enabled', expiration: { days: 30 }, filter: {} }] },
    },
  };
}

function liveBucket(overrides: Record<string, unknown> = {}) {
  return configItem(
    'AWS::S3::Bucket',
    'assets',
    { name: 'assets', owner: { id: 'o' }, creationDate: '2026-01-01T00:00:00.000Z' },
    {
      resourceName: 'assets',
      tags: { Name: 'assets', 'aws:cloudformation:stack-name': 'x' },
      supplementaryConfiguration: {
        AccessControlList: '{"grantList":[]}',
        BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: null },
        ServerSideEncryptionConfiguration: {
          rules: [
            {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: 'aws:kms',
                kmsMasterKeyID: 'arn:aws:kms:eu-west-1:111122223333:key/k-1',
              },
              bucketKeyEnabled: true,
            },
          ],
        },
        PublicAccessBlockConfiguration: {
          blockPublicAcls: true,
          blockPublicPolicy: true,
          ignorePublicAcls: true,
          restrictPublicBuckets: true,
        },
        // URL-encoded and reordered: still the same policy.
        BucketPolicy: {
          policyText: JSON.stringify({
            Statement: [
              {
                Resource: ['arn:aws:s3:::assets/*', 'arn:aws:s3:::assets'],
                Action: ['s3:*'],
                Condition: { Bool: { 'aws:SecureTransport': ['false'] } },
                Principal: { AWS: '*' },
                Effect: 'Deny',
              },
            ],
            Version: '2012-10-17',
          }),
        },
        BucketLoggingConfiguration: { destinationBucketName: 'logs', logFilePrefix: 'assets/' },
        BucketLifecycleConfiguration: {
          rules: [
            {
              id: 'expire',
              status: 'Enabled',
              expirationInDays: 30.0,
              noncurrentVersionExpirationInDays: -1.0,
              filter: { predicate: { prefix: '', type: 'LifecyclePrefixPredicate' } },
            },
          ],
        },
        IsRequesterPaysEnabled: false,
        ...overrides,
      },
    },
  );
}

describe('AWS::S3::Bucket adapter', () => {
  it('folds versioning, encryption, public access block, policy, logging and lifecycle into one IN_SYNC bucket', () => {
    const result = engineFor({ data: { resources: secureBucket() } }).checkItem(liveBucket());
    expect(result).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_s3_bucket.assets',
      resourceId: 'assets',
    });
    expect(result.addresses).toHaveLength(7);
  });

  it('reports versioning suspended, the public access block relaxed and the policy changed', () => {
    const result = engineFor({ data: { resources: secureBucket() } }).checkItem(
      liveBucket({
        BucketVersioningConfiguration: { status: 'Suspended' },
        PublicAccessBlockConfiguration: {
          blockPublicAcls: true,
          blockPublicPolicy: false,
          ignorePublicAcls: true,
          restrictPublicBuckets: true,
        },
        BucketPolicy: { policyText: null },
      }),
    );
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['versioning.status', 'NOT_EQUAL'],
      ['public_access_block.block_public_policy', 'NOT_EQUAL'],
      ['policy', 'REMOVE'],
    ]);
  });

  it('treats a deleted public access block as nothing blocked', () => {
    const item = liveBucket();
    const { PublicAccessBlockConfiguration: _gone, ...rest } = item.supplementaryConfiguration;
    const result = engineFor({ data: { resources: secureBucket() } }).checkItem({
      ...item,
      supplementaryConfiguration: rest,
    });
    expect(result.differences.map((d) => d.path)).toEqual([
      'public_access_block.block_public_acls',
      'public_access_block.block_public_policy',
      'public_access_block.ignore_public_acls',
      'public_access_block.restrict_public_buckets',
    ]);
  });

  it('reads the real rule-event and CLI items (versioning "Off" is Disabled; string supplementary values decoded)', () => {
    const engine = engineFor({
      data: {
        resources: {
          aws_s3_bucket: {
            fire: { bucket: 'c7n-fire-logs' },
            sanity: { bucket: 'config-rule-sanity', tags: { Planet: 'Earth', Verbose: 'Game' } },
          },
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.fire.id}', versioning_configuration: { status: 'Enabled' } },
            w: { bucket: 'config-rule-sanity', versioning_configuration: { status: 'Disabled' } },
          },
        },
      },
    });
    expect(engine.checkItem(ruleItem).differences).toEqual([
      { path: 'versioning.status', expected: 'Enabled', actual: 'Disabled', type: 'NOT_EQUAL' },
    ]);
    expect(engine.checkItem(cliItem)).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_s3_bucket.sanity', 'aws_s3_bucket_versioning.w'],
    });
  });

  it('reports a deleted bucket from its ResourceDeleted notification', () => {
    const [deleted] = parseLive(
      awsConfigExample('custodian-placebo-sqs-ReceiveMessage-sns-notification-s3-bucket-deleted.json'),
      'sqs',
    ).items;
    const engine = engineFor({
      data: { resources: { aws_s3_bucket: { d: { bucket: 'custodian-test-data-21' } } } },
    });
    expect(engine.checkItem(deleted)).toMatchObject({ status: 'DELETED', address: 'aws_s3_bucket.d' });
  });
});

describe('AWS::S3::Bucket ACL and smaller settings', () => {
  const acl = (grants: unknown[]) =>
    JSON.stringify({
      grantSet: null,
      grantList: [{ grantee: { id: 'owner', displayName: null }, permission: 'FullControl' }, ...grants],
      owner: { id: 'owner' },
      isRequesterCharged: false,
    });

  it('reports a public grant added by hand to a bucket the IaC creates without an ACL', () => {
    const engine = engineFor({ data: { resources: { aws_s3_bucket: { assets: { bucket: 'assets' } } } } });
    expect(engine.checkItem(liveBucket({ AccessControlList: acl([]) })).status).toBe('IN_SYNC');
    expect(
      engine.checkItem(liveBucket({ AccessControlList: acl([{ grantee: 'AllUsers', permission: 'Read' }]) }))
        .differences,
    ).toEqual([{ path: 'acl', expected: undefined, actual: 'AllUsers:Read', type: 'ADD' }]);
  });

  it('compares a canned ACL, acceleration, request payer and website documents', () => {
    const ref = '${aws_s3_bucket.assets.id}';
    const engine = engineFor({
      data: {
        resources: {
          aws_s3_bucket: { assets: { bucket: 'assets' } },
          aws_s3_bucket_acl: { a: { bucket: ref, acl: 'log-delivery-write' } },
          aws_s3_bucket_accelerate_configuration: { x: { bucket: ref, status: 'Enabled' } },
          aws_s3_bucket_request_payment_configuration: { r: { bucket: ref, payer: 'Requester' } },
          aws_s3_bucket_website_configuration: {
            w: { bucket: ref, index_document: { suffix: 'index.html' } },
          },
        },
      },
    });
    const item = liveBucket({
      AccessControlList: acl([
        { grantee: 'LogDelivery', permission: 'Write' },
        { grantee: 'LogDelivery', permission: 'ReadAcp' },
      ]),
      BucketAccelerateConfiguration: { status: null },
      IsRequesterPaysEnabled: 'true',
      BucketWebsiteConfiguration: { indexDocumentSuffix: 'home.html', errorDocument: null, routingRules: [] },
    });
    expect(engine.checkItem(item).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['acceleration', 'Enabled', 'Suspended'],
      ['website.index_document', 'index.html', 'home.html'],
    ]);
  });

  it('reads the real SelectResourceConfig bucket (floats, the -1 sentinel, versioning "Off") as in sync', () => {
    const recorded = awsConfigExample('custodian-placebo-SelectResourceConfig-s3-bucket.json') as {
      data: { Results: string[] };
    };
    // A select query that also selects the key fields, as the CLI's aggregator query does.
    const selected = JSON.parse(recorded.data.Results[0]) as Record<string, unknown>;
    const item = fromApiItem(
      { ...selected, resourceType: 'AWS::S3::Bucket', resourceId: 'c7n-ssm-build' },
      'select',
    );
    const ref = '${aws_s3_bucket.build.id}';
    const bucketWithExpiration = (days: number) =>
      engineFor({
        ci: {
          resources: {
            aws_s3_bucket: { build: { bucket: 'c7n-ssm-build' } },
            aws_s3_bucket_versioning: {
              v: { bucket: ref, versioning_configuration: { status: 'Disabled' } },
            },
            aws_s3_bucket_acl: { a: { bucket: ref, acl: 'private' } },
            aws_s3_bucket_lifecycle_configuration: {
              lc: {
                bucket: ref,
                rule: [
                  {
                    id: 'CodeBuild cache lifecycle',
                    status: 'Enabled',
                    expiration: { days },
                    filter: { prefix: 'custodian-build/' },
                  },
                ],
              },
            },
            aws_s3_bucket_policy: {
              p: {
                bucket: ref,
                policy: JSON.stringify({
                  Version: '2008-10-17',
                  Statement: [
                    {
                      Action: ['s3:*'],
                      Effect: 'Allow',
                      Resource: ['arn:aws:s3:::c7n-ssm-build/*', 'arn:aws:s3:::c7n-ssm-build'],
                      Principal: {
                        AWS: 'arn:aws:iam::644160558196:role/service-role/codebuild-test-service-role',
                      },
                    },
                  ],
                }),
              },
            },
          },
        },
      });
    const inSync = bucketWithExpiration(60).checkItem(item);
    expect([inSync.status, inSync.differences]).toEqual(['IN_SYNC', []]);
    expect(inSync.addresses).toHaveLength(5);
    const drifted = bucketWithExpiration(30).checkItem(item);
    expect(drifted.status).toBe('MODIFIED');
    // Lifecycle rules are a set: the changed rule is one declared rule missing and one live rule extra.
    expect(drifted.differences.map((d) => [d.path, d.type]).sort()).toEqual([
      ['lifecycle', 'ADD'],
      ['lifecycle', 'REMOVE'],
    ]);
  });
});
