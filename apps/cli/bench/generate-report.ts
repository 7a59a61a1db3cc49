// A generated drift report of many findings for the HTML report benchmark: the shapes the engine produces (scalar
// differences, rule objects, policy documents), spread over stacks, types, accounts and regions, with who changed
// the modified resources.
import {
  summarize,
  type ChangeEvent,
  type Difference,
  type DriftReport,
  type DriftStatus,
  type ResourceResult,
} from '@groundwork/drift';

const TYPES: readonly [string, string][] = [
  ['aws_security_group', 'AWS::EC2::SecurityGroup'],
  ['aws_s3_bucket', 'AWS::S3::Bucket'],
  ['aws_iam_role', 'AWS::IAM::Role'],
  ['aws_instance', 'AWS::EC2::Instance'],
  ['aws_subnet', 'AWS::EC2::Subnet'],
  ['aws_db_instance', 'AWS::RDS::DBInstance'],
  ['aws_lambda_function', 'AWS::Lambda::Function'],
  ['aws_kms_key', 'AWS::KMS::Key'],
  ['aws_sns_topic', 'AWS::SNS::Topic'],
  ['aws_route_table', 'AWS::EC2::RouteTable'],
  ['aws_lb', 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
  ['aws_iam_policy', 'AWS::IAM::Policy'],
];
const ACCOUNTS = ['111122223333', '444455556666', '777788889999'];
const REGIONS = ['eu-west-1', 'eu-central-1'];

function policy(i: number, actions: string[]): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: `Read${i}`,
        Effect: 'Allow',
        Action: actions,
        Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
      },
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}

function differences(i: number): Difference[] {
  const out: Difference[] = [
    { path: 'tags.Owner', expected: 'platform', actual: `someone-${i % 50}`, type: 'NOT_EQUAL' },
  ];
  if (i % 5 === 0)
    out.push({
      path: 'policy',
      expected: policy(i, ['s3:GetObject', 's3:ListBucket']),
      actual: policy(i, ['s3:GetObject', 's3:PutObject', 's3:ListBucket']),
      type: 'NOT_EQUAL',
    });
  if (i % 3 === 0)
    out.push({
      path: 'ingress',
      expected: undefined,
      actual: { protocol: 'tcp', from_port: 22, to_port: 22, peer: '0.0.0.0/0' },
      type: 'ADD',
    });
  return out;
}

function changedBy(i: number): ChangeEvent[] {
  return [
    {
      eventName: 'PutBucketPolicy',
      eventTime: `2026-11-27T0${i % 10}:12:44Z`,
      principalArn: `arn:aws:sts::${ACCOUNTS[i % 3]}:assumed-role/Admin/user${i % 40}`,
      userName: `user${i % 40}`,
      via: i % 4 === 0 ? 'api' : 'console',
      sourceIp: `203.0.113.${i % 250}`,
      eventSource: 's3.amazonaws.com',
    },
  ];
}

/** `findings` resources that are not in sync (55 % modified, 10 % deleted, 10 % unmanaged, 25 % not checked). */
export function generateReport(findings: number): DriftReport {
  const resources: ResourceResult[] = [];
  for (let i = 0; i < findings; i++) {
    const bucket = i % 20;
    const status: DriftStatus =
      bucket < 11 ? 'MODIFIED' : bucket < 13 ? 'DELETED' : bucket < 15 ? 'UNMANAGED' : 'NOT_CHECKED';
    const [tfType, configType] = TYPES[i % TYPES.length];
    const stack = status === 'UNMANAGED' ? null : `stack-${String(i % 20).padStart(2, '0')}`;
    const component = `component-${i % 37}`;
    const name = `${tfType}.${component}_resource-${i}_${((i * 2654435761) % 0xffffffff).toString(16).toUpperCase()}`;
    resources.push({
      status,
      stack,
      address: stack ? name : null,
      addresses: stack ? [name] : [],
      constructPath: stack ? `${stack}/${component}/resource-${i}` : null,
      resourceType: status === 'NOT_CHECKED' ? null : configType,
      resourceId: status === 'NOT_CHECKED' ? null : `id-${i.toString(16).padStart(17, '0')}`,
      differences: status === 'MODIFIED' ? differences(i) : [],
      reason:
        status === 'NOT_CHECKED'
          ? `no adapter compares ${tfType}: its AWS Config type is not adapted`
          : status === 'DELETED'
            ? 'AWS Config recorded ResourceDeleted'
            : null,
      account: ACCOUNTS[i % ACCOUNTS.length],
      region: REGIONS[i % REGIONS.length],
      ...(status !== 'NOT_CHECKED' && { source: 'config' as const }),
      ...(status === 'MODIFIED' && { changedBy: changedBy(i) }),
    });
  }
  const summary = summarize(resources);
  return {
    schemaVersion: 1,
    summary: { ...summary, coverageBySource: { config: summary.coverage } },
    resources,
  };
}
