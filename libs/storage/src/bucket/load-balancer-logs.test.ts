import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { SecureBucket } from './secure-bucket';

interface Statement {
  Sid: string;
  Principal: unknown;
  Action: string[];
  Resource: string[];
}

function logBucket(prefix?: string) {
  return synthConstruct((s) => {
    const logs = new SecureBucket(s, 'logs', { bucketNamePrefix: 'lb-logs-', disableAccessLogs: true });
    logs.allowLoadBalancerAccessLogs(prefix);
  });
}

const statements = (stack: ReturnType<typeof logBucket>) =>
  (JSON.parse(String(stack.resource('aws_s3_bucket_policy').values.policy)) as { Statement: Statement[] })
    .Statement;

describe('SecureBucket.allowLoadBalancerAccessLogs', () => {
  it('lets the regional ELB account and the log delivery service put objects under AWSLogs/<account>/ only', () => {
    const stack = logBucket();
    const elb = stack.dataSources('aws_elb_service_account');
    expect(elb).toHaveLength(1);
    const lb = statements(stack).filter((s) => s.Sid.startsWith('AllowLoadBalancerLogDelivery'));
    expect(lb.map((s) => s.Principal)).toEqual([
      { AWS: [`\${${elb[0].address}.arn}`] },
      { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
    ]);
    for (const s of lb) {
      expect(s.Action).toEqual(['s3:PutObject']);
      expect(s.Resource).toEqual([
        `\${${stack.resource('aws_s3_bucket').address}.arn}/*AWSLogs/\${${stack.dataSources('aws_caller_identity')[0].address}.account_id}/*`,
      ]);
    }
    // The transport deny stays first: log delivery is an exception to nothing else.
    expect(statements(stack)[0].Sid).toBe('DenyInsecureTransport');
  });

  it('narrows the objects to a given prefix', () => {
    const [first] = statements(logBucket('alb/')).filter(
      (s) => s.Sid === 'AllowLoadBalancerLogDeliveryAccount',
    );
    expect(first.Resource[0]).toMatch(/\/alb\/AWSLogs\//);
  });

  it.each([
    ['a prefix without its trailing slash', 'alb', 'prefix must be path segments ending in "/"'],
    ['a prefix starting with a slash', '/alb/', 'prefix must be path segments ending in "/"'],
  ])('fails on %s', (_what, prefix, message) => {
    expect(() => logBucket(prefix)).toThrow(message);
  });

  it('fails on a bucket encrypted with KMS, which log delivery cannot write to', () => {
    expect(() =>
      synthConstruct((s) => {
        const b = new SecureBucket(s, 'logs', {
          disableAccessLogs: true,
          kmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
        });
        b.allowLoadBalancerAccessLogs();
      }),
    ).toThrow('allowLoadBalancerAccessLogs needs SSE-S3');
  });

  itPassesTerraform('is valid terraform', () => [{ name: 'lb_logs', config: logBucket('alb/').json }]);
});
