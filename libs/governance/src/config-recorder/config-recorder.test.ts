import { Aspects, TerraformStack } from 'cdktf';
import { scanTerraform } from '@groundwork/guard';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { itPassesTerraform, synthApp, testApp } from '@groundwork/testing';
import { Guard } from '../guard';
import { ConfigRecorder, ConfigRecorderProps } from './config-recorder';

/** Synthesizes like `cdktf synth` (keeping the `//` metadata the guard reads), with the strict Guard aspect. */
function build(props: ConfigRecorderProps) {
  const app = testApp();
  const stack = new TerraformStack(app, 'config-recorder');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new ConfigRecorder(stack, 'config', props);
  Aspects.of(stack).add(new Guard({ strict: true }));
  return synthApp(app)['config-recorder'];
}

const primary = build({ recordGlobalResources: true });
const secondary = build({
  recordGlobalResources: false,
  name: 'groundwork',
  bucketName: 'acme-config-history-eu-west-1',
  keyPrefix: 'config',
  kmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  snsTopicArn: 'arn:aws:sns:eu-west-1:123456789012:config-changes',
  snapshotDeliveryFrequency: 'One_Hour',
  retentionDays: 2555,
  accessLogsBucket: { bucketName: 'acme-access-logs' },
});

describe('ConfigRecorder', () => {
  it('records every supported type, global types only where asked', () => {
    expect(primary.resource('aws_config_configuration_recorder').values.recording_group).toEqual({
      all_supported: true,
      include_global_resource_types: true,
    });
    expect(secondary.resource('aws_config_configuration_recorder').values.recording_group).toEqual({
      all_supported: true,
      include_global_resource_types: false,
    });
  });

  it('delivers snapshots at the set frequency, after the recorder and bucket policy exist, and turns recording on', () => {
    const channel = primary.resource('aws_config_delivery_channel');
    expect(channel.values).toMatchObject({
      name: 'default',
      snapshot_delivery_properties: { delivery_frequency: 'Six_Hours' },
      s3_bucket_name: `\${${primary.resource('aws_s3_bucket').address}.id}`,
    });
    expect(channel.values.depends_on).toEqual(
      expect.arrayContaining([
        primary.resource('aws_config_configuration_recorder').address,
        primary.resource('aws_s3_bucket_policy').address,
      ]),
    );
    const status = primary.resource('aws_config_configuration_recorder_status').values;
    expect(status).toMatchObject({ is_enabled: true, depends_on: [channel.address] });
    expect(secondary.resource('aws_config_delivery_channel').values).toMatchObject({
      name: 'groundwork',
      s3_key_prefix: 'config',
      s3_kms_key_arn: expect.stringMatching(/^arn:aws:kms:/),
      sns_topic_arn: expect.stringMatching(/^arn:aws:sns:/),
      snapshot_delivery_properties: { delivery_frequency: 'One_Hour' },
    });
  });

  it('builds a private, encrypted, versioned, TLS-only bucket with the policy AWS Config needs', () => {
    const policyDocs = primary.json.data?.aws_iam_policy_document ?? {};
    const bucketPolicy = Object.values(policyDocs).find((d) =>
      JSON.stringify(d).includes('AWSConfigBucketDelivery'),
    ) as { statement: Record<string, unknown>[] };
    const sids = bucketPolicy.statement.map((s) => s.sid);
    expect(sids).toEqual([
      'AWSConfigBucketPermissionsCheck',
      'AWSConfigBucketDelivery',
      'DenyInsecureTransport',
    ]);
    expect(bucketPolicy.statement[1]).toMatchObject({
      actions: ['s3:PutObject'],
      principals: [{ type: 'Service', identifiers: ['config.amazonaws.com'] }],
      resources: [
        expect.stringMatching(/\/AWSLogs\/\$\{data\.aws_caller_identity\.[\w-]+\.account_id\}\/Config\/\*$/),
      ],
    });
    expect(primary.resource('aws_s3_bucket_public_access_block').values).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(primary.resource('aws_s3_bucket').values).toMatchObject({
      bucket_prefix: 'config-history-',
      force_destroy: false,
    });
    expect(secondary.resource('aws_s3_bucket_server_side_encryption_configuration').values.rule).toEqual([
      {
        apply_server_side_encryption_by_default: {
          sse_algorithm: 'aws:kms',
          kms_master_key_id: expect.stringMatching(/^arn:aws:kms:/),
        },
        bucket_key_enabled: true,
      },
    ]);
  });

  it('passes the guard rule pack strictly (synthesis would fail otherwise), with the logging finding suppressed only without accessLogsBucket', () => {
    const primaryFindings = scanTerraform(primary.json);
    expect(primaryFindings.map((f) => [f.ruleId, f.suppressed?.reason])).toEqual([
      ['GW-S3-007', expect.stringMatching(/pass accessLogsBucket/)],
    ]);
    expect(scanTerraform(secondary.json)).toEqual([]);
  });

  it('rejects props it can check at synth time', () => {
    expect(() => build({ recordGlobalResources: true, retentionDays: 0 })).toThrow(
      /retentionDays must be a whole number from 1 to 3650, got 0/,
    );
    expect(() => build({ recordGlobalResources: true, keyPrefix: 'config/' })).toThrow(
      /no leading or trailing "\/", got "config\/"/,
    );
    expect(() => build({ recordGlobalResources: true, bucketName: 'Config_History' })).toThrow(
      /bucketName must be 3-63 lowercase letters.*got "Config_History"/,
    );
  });

  itPassesTerraform('the examples pass terraform validate and the mock apply', () => [
    { name: 'primary-region', config: primary.json },
    { name: 'secondary-region', config: secondary.json },
  ]);
});
