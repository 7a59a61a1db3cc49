import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

describe('AWS::RDS::DBInstance adapter (real item)', () => {
  const [db] = parseLive(
    awsConfigExample('custodian-rule-invokingEvent-only-rds-dbinstance.json'),
    'rds',
  ).items;
  const values = {
    identifier: 'c7n-data-index',
    instance_class: 'db.t2.small',
    engine: 'postgres',
    engine_version: '9.6',
    allocated_storage: 32,
    username: 'c7nroot',
    db_name: 'c7ndata',
    port: 5432,
    vpc_security_group_ids: ['sg-837620f1'],
    backup_retention_period: 7,
    tags: { 'workload-type': 'other' },
  };

  it('joins by identifier although state id and Config resourceId are dbi ids, and matches "9.6" with "9.6.3"', () => {
    // Provider v5 state: id is the dbi resource id; the join must not depend on it.
    const engine = engineFor({
      db: {
        resources: { aws_db_instance: { main: { ...values, publicly_accessible: true } } },
        state: { 'aws_db_instance.main': { id: 'db-OTHER', identifier: 'c7n-data-index' } },
      },
    });
    expect(engine.checkItem(db)).toMatchObject({
      status: 'IN_SYNC',
      resourceId: 'db-KOCU7UR74VM3AC4R3H2UXX7PE4',
    });
  });

  it('takes storage that autoscaling grew (up to max_allocated_storage) as in sync, as the provider does', () => {
    const grown = (allocatedStorage: number) =>
      configItem(
        'AWS::RDS::DBInstance',
        db.resourceId,
        { ...db.configuration, allocatedStorage, maxAllocatedStorage: 100 },
        { tags: db.tags },
      );
    const storageDiffs = (declared: Record<string, unknown>, live: number) =>
      engineFor({
        db: {
          resources: { aws_db_instance: { main: { ...values, publicly_accessible: true, ...declared } } },
        },
      })
        .checkItem(grown(live))
        .differences.map((d) => [d.path, d.expected, d.actual]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 32)).toEqual([]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 20)).toEqual([]);
    // Shrunk below the IaC, past the ceiling, or without autoscaling: drift.
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 16)).toEqual([
      ['allocated_storage', '20', 16],
    ]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 30 }, 32)).toEqual([
      ['allocated_storage', '20', 32],
      ['max_allocated_storage', 30, 100],
    ]);
    expect(storageDiffs({ allocated_storage: 20 }, 32)).toEqual([['allocated_storage', 20, 32]]);
  });

  it('reports an instance made public (the IaC default is private)', () => {
    expect(
      engineFor({ db: { resources: { aws_db_instance: { main: values } } } }).checkItem(db).differences,
    ).toEqual([{ path: 'publicly_accessible', expected: false, actual: true, type: 'NOT_EQUAL' }]);
  });
});

describe('AWS::Lambda::Function adapter (real items)', () => {
  const [history] = parseLive(
    awsConfigExample('custodian-placebo-GetResourceConfigHistory-lambda-function.json'),
    'l',
  ).items;
  const select = JSON.parse(
    (
      awsConfigExample('custodian-placebo-SelectResourceConfig-lambda-function.json') as {
        data: { Results: string[] };
      }
    ).data.Results[0],
  );

  it('is IN_SYNC on the history item; Terraform defaults (128 MB, 3 s) count as set', () => {
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: {
            sub: {
              function_name: 'omnissm-config-subscribe',
              role: 'arn:aws:iam::644160558196:role/CloudCustodianRole',
              runtime: 'python2.7',
              handler: 'subscribe.handle',
              tags: { 'lambda:createdBy': 'SAM' },
            },
          },
        },
      },
    });
    expect(engine.checkItem(history).status).toBe('IN_SYNC');
  });

  it('coerces select floats (60.0) and reports a changed timeout', () => {
    const item = configItem(
      'AWS::Lambda::Function',
      'omnissm-handle-registrations',
      { ...select.configuration, timeout: 30.0 },
      { supplementaryConfiguration: select.supplementaryConfiguration },
    );
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: {
            reg: {
              function_name: 'omnissm-handle-registrations',
              timeout: 60,
              memory_size: 128,
              runtime: 'go1.x',
              tracing_config: { mode: 'Active' },
            },
          },
        },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'timeout', expected: 60, actual: 30, type: 'NOT_EQUAL' },
    ]);
  });
});

describe('AWS::SNS::Topic adapter (real select items)', () => {
  const rows = (
    awsConfigExample('custodian-placebo-SelectResourceConfig-sns-topic.json') as {
      data: { Results: string[] };
    }
  ).data.Results.map((r) => JSON.parse(r));
  const item = (row: {
    resourceId: string;
    configuration: Record<string, unknown>;
    supplementaryConfiguration: Record<string, unknown>;
  }) =>
    configItem('AWS::SNS::Topic', row.resourceId, row.configuration, {
      supplementaryConfiguration: row.supplementaryConfiguration,
    });

  it('compares the topic policy semantically when the IaC sets one, and its KMS key', () => {
    const arn = 'arn:aws:sns:ap-northeast-2:644160558196:sns-test-has-statement';
    const engine = engineFor({
      msg: {
        resources: {
          aws_sns_topic: {
            t: { name: 'sns-test-has-statement' },
            relay: {
              name: 'sandbox-relay',
              tags: { foo: 'true' },
              kms_master_key_id:
                'arn:aws:kms:ap-northeast-2:644160558196:key/83a5b9da-e2ed-417c-b55b-894a75a8d140',
            },
          },
          aws_sns_topic_policy: {
            p: {
              arn: '${aws_sns_topic.t.arn}',
              policy: JSON.stringify({
                Version: '2008-10-17',
                Statement: [
                  {
                    Sid: '__default_statement_ID',
                    Effect: 'Deny',
                    Principal: { AWS: ['*'] },
                    Action: ['SNS:Publish'],
                    Resource: arn,
                    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                  },
                ],
              }),
            },
          },
        },
        state: {
          'aws_sns_topic.t': { id: arn, arn },
          'aws_sns_topic.relay': { id: rows[0].resourceId, arn: rows[0].resourceId },
        },
      },
    });
    expect(engine.checkItem(item(rows[1]))).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_sns_topic.t', 'aws_sns_topic_policy.p'],
    });
    expect(engine.checkItem(item(rows[0])).status).toBe('MODIFIED');
    expect(engine.checkItem(item(rows[0])).differences.map((d) => d.path)).toEqual(['tags.foo']);
  });
});

describe('AWS::SecretsManager::Secret, AWS::KMS::Key and AWS::CloudFront::Distribution adapters (built in the schema shapes)', () => {
  it('reports rotation turned off on a secret', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCd';
    const engine = engineFor({
      db: {
        resources: {
          aws_secretsmanager_secret: { s: { name: 'db', kms_key_id: 'k-1' } },
          aws_secretsmanager_secret_rotation: {
            r: {
              secret_id: '${aws_secretsmanager_secret.s.id}',
              rotation_lambda_arn: 'arn:fn',
              rotation_rules: { automatically_after_days: 30 },
            },
          },
        },
        state: { 'aws_secretsmanager_secret.s': { id: arn, arn } },
      },
    });
    const item = configItem(
      'AWS::SecretsManager::Secret',
      arn,
      {
        ARN: arn,
        Name: 'db',
        KMSKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k-1',
        RotationEnabled: false,
      },
      { ARN: arn },
    );
    expect(engine.checkItem(item).differences.map((d) => d.path)).toEqual([
      'rotation.enabled',
      'rotation.lambda_arn',
      'rotation.automatically_after_days',
    ]);
  });

  it('reports key rotation disabled and a key scheduled for deletion; AWS managed keys are defaults', () => {
    const engine = engineFor({
      sec: {
        resources: { aws_kms_key: { k: { description: 'data', enable_key_rotation: true } } },
        state: { 'aws_kms_key.k': { id: 'k-1', key_id: 'k-1' } },
      },
    });
    const item = configItem(
      'AWS::KMS::Key',
      'k-1',
      { keyId: 'k-1', description: 'data', keyState: 'PendingDeletion', keyManager: 'CUSTOMER' },
      { supplementaryConfiguration: { KeyRotationStatus: false } },
    );
    expect(engine.checkItem(item).differences.map((d) => d.path)).toEqual([
      'enable_key_rotation',
      'key_state',
    ]);
    expect(
      engineFor({ sec: { resources: {} } }).checkItem(
        configItem('AWS::KMS::Key', 'k-2', { keyManager: 'AWS' }),
      ).reason,
    ).toMatch(/AWS managed key/);
  });

  it('compares a distribution’s viewer protocol policy, aliases and origins', () => {
    const engine = engineFor({
      cdn: {
        resources: {
          aws_cloudfront_distribution: {
            d: {
              enabled: true,
              aliases: ['a.example.com', 'b.example.com'],
              origin: [
                {
                  origin_id: 's3',
                  domain_name: 'assets.s3.eu-west-1.amazonaws.com',
                  origin_access_control_id: 'oac-1',
                },
              ],
              default_cache_behavior: {
                viewer_protocol_policy: 'redirect-to-https',
                target_origin_id: 's3',
                allowed_methods: ['GET', 'HEAD'],
                cached_methods: ['GET', 'HEAD'],
              },
              viewer_certificate: {
                minimum_protocol_version: 'TLSv1.2_2021',
                acm_certificate_arn: 'arn:cert',
                ssl_support_method: 'sni-only',
              },
            },
          },
        },
        state: { 'aws_cloudfront_distribution.d': { id: 'E123' } },
      },
    });
    const item = configItem('AWS::CloudFront::Distribution', 'E123', {
      id: 'E123',
      distributionConfig: {
        enabled: true,
        aliases: { quantity: 2, items: ['b.example.com', 'a.example.com'] },
        origins: {
          quantity: 1,
          items: [
            {
              id: 's3',
              domainName: 'assets.s3.eu-west-1.amazonaws.com',
              originPath: '',
              originAccessControlId: 'oac-1',
            },
          ],
        },
        defaultCacheBehavior: {
          viewerProtocolPolicy: 'allow-all',
          targetOriginId: 's3',
          allowedMethods: {
            quantity: 2,
            items: ['HEAD', 'GET'],
            cachedMethods: { quantity: 2, items: ['GET', 'HEAD'] },
          },
        },
        viewerCertificate: {
          acmCertificateArn: 'arn:cert',
          minimumProtocolVersion: 'TLSv1.2_2021',
          sslSupportMethod: 'sni-only',
        },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      {
        path: 'default_cache_behavior.viewer_protocol_policy',
        expected: 'redirect-to-https',
        actual: 'allow-all',
        type: 'NOT_EQUAL',
      },
    ]);
  });
});

describe('service-owned and in-sync cases', () => {
  it('is IN_SYNC on an enabled key whose state Config writes as "Enabled"', () => {
    const engine = engineFor({
      sec: {
        resources: { aws_kms_key: { k: { description: 'data', enable_key_rotation: true } } },
        state: { 'aws_kms_key.k': { id: 'k-1', key_id: 'k-1' } },
      },
    });
    const item = configItem(
      'AWS::KMS::Key',
      'k-1',
      { keyId: 'k-1', description: 'data', keyState: 'Enabled', enabled: true, keyManager: 'CUSTOMER' },
      { supplementaryConfiguration: { KeyRotationStatus: true } },
    );
    expect(engine.checkItem(item)).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });

  it('leaves the secret RDS owns for a managed master password out of UNMANAGED', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:rds!db-1-AbCd';
    const item = configItem(
      'AWS::SecretsManager::Secret',
      arn,
      { Name: 'rds!db-1' },
      { tags: { 'aws:secretsmanager:owningService': 'rds' } },
    );
    expect(engineFor({ db: { resources: {} } }).checkItem(item)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'not managed directly: owned by the rds service',
    });
    expect(engineFor({ db: { resources: {} } }).check([item]).resources).toEqual([]);
  });
});
