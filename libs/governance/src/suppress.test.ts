import { Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { scanTerraform } from '@groundwork/guard';
import { synthApp, testApp } from '@groundwork/testing';
import { suppress } from './suppress';
import { Tagging } from './tagging';

type Block = Record<string, unknown> & {
  '//'?: { guard?: { suppressions?: Record<string, string> }; metadata?: unknown };
};

function build(configure: (stack: TerraformStack, site: Construct) => void) {
  const app = testApp();
  const stack = new TerraformStack(app, 'suppress-test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  const site = new Construct(stack, 'site');
  configure(stack, site);
  return synthApp(app)['suppress-test'];
}

describe('suppress', () => {
  it('records a suppression on a resource in its // metadata, next to the cdktf metadata', () => {
    const json = build((_stack, site) => {
      const bucket = new S3Bucket(site, 'assets', { bucket: 'acme-assets' });
      suppress(bucket, 'GW-S3-007', 'Reads are logged by the CloudFront distribution in front');
    });
    const block = json.resource('aws_s3_bucket').values as Block;
    expect(block['//']?.guard?.suppressions).toEqual({
      'GW-S3-007': 'Reads are logged by the CloudFront distribution in front',
    });
    expect(block['//']?.metadata).toMatchObject({ path: 'suppress-test/site/assets' });
  });

  it('on a construct, covers every resource under it, also ones added after the call, and nothing else', () => {
    const json = build((stack, site) => {
      new S3Bucket(site, 'first', { bucket: 'acme-first' });
      suppress(site, 'GW-S3-006', 'Build artifacts are reproducible from the pipeline');
      suppress(site, 'GW-S3-007', 'Build artifacts are reproducible from the pipeline');
      new S3Bucket(site, 'later', { bucket: 'acme-later' });
      new S3Bucket(stack, 'outside', { bucket: 'acme-outside' });
      Aspects.of(stack).add(new Tagging({ project: 'p', environment: 'dev', owner: 'team' }));
    });
    const suppressed = (bucketName: string) => {
      const block = json.resources('aws_s3_bucket').find((b) => b.values.bucket === bucketName);
      return Object.keys((block?.values as Block)['//']?.guard?.suppressions ?? {});
    };
    expect(suppressed('acme-first')).toEqual(['GW-S3-006', 'GW-S3-007']);
    expect(suppressed('acme-later')).toEqual(['GW-S3-006', 'GW-S3-007']);
    expect(suppressed('acme-outside')).toEqual([]);
  });

  it('is seen by the scanner, which marks the finding suppressed with the reason', () => {
    const json = build((_stack, site) => {
      const queue = new SqsQueue(site, 'jobs', { sqsManagedSseEnabled: false });
      suppress(queue, 'GW-SQS-001', 'Holds only public build notifications');
    });
    const findings = scanTerraform(json.json, { stack: 'suppress-test' });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'GW-SQS-001',
        constructPath: 'suppress-test/site/jobs',
        suppressed: { reason: 'Holds only public build notifications' },
      }),
    ]);
  });

  it('requires a known rule id and a reason', () => {
    const stack = new TerraformStack(testApp(), 'bad');
    const bucket = new S3Bucket(stack, 'b', {});
    expect(() => suppress(bucket, 'GW-S3-999', 'a perfectly good reason')).toThrow(
      /unknown guard rule id "GW-S3-999".*groundwork guard rules/,
    );
    expect(() => suppress(bucket, 'GW-S3-007', '  ')).toThrow(/a reason is required .* got "  "/);
  });
});
