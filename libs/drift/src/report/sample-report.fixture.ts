// Test data shared by the renderer tests: a report with every status, shaped like the engine's output.
import type { DriftReport, ResourceResult } from '../report-types';

function result(partial: Partial<ResourceResult> & Pick<ResourceResult, 'status'>): ResourceResult {
  return {
    stack: null,
    address: null,
    addresses: partial.address ? [partial.address] : [],
    constructPath: null,
    resourceType: null,
    resourceId: null,
    differences: [],
    reason: null,
    ...partial,
  };
}

export function sampleReport(): DriftReport {
  const resources: ResourceResult[] = [
    result({
      status: 'IN_SYNC',
      stack: 'network-prod',
      address: 'aws_vpc.vpc_main_5F3A',
      constructPath: 'network-prod/vpc/main',
      resourceType: 'AWS::EC2::VPC',
      resourceId: 'vpc-0a1b2c3d4e5f60718',
    }),
    result({
      status: 'MODIFIED',
      stack: 'network-prod',
      address: 'aws_security_group.web_sg_9C1D',
      addresses: ['aws_security_group.web_sg_9C1D', 'aws_vpc_security_group_ingress_rule.web_https_1A2B'],
      constructPath: 'network-prod/web/sg',
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-0123456789abcdef0',
      differences: [
        {
          path: 'ingress',
          expected: undefined,
          actual: { protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: '0.0.0.0/0' },
          type: 'ADD',
        },
        { path: 'description', expected: 'web | tier', actual: 'changed `by` hand', type: 'NOT_EQUAL' },
      ],
    }),
    result({
      status: 'DELETED',
      stack: 'network-prod',
      address: 'aws_nat_gateway.vpc_nat_a_77E1',
      constructPath: 'network-prod/vpc/nat-a',
      resourceType: 'AWS::EC2::NatGateway',
      resourceId: 'nat-0f1e2d3c4b5a69788',
    }),
    result({
      status: 'MODIFIED',
      stack: 'data-prod',
      address: 'aws_s3_bucket.assets_bucket_1A2B',
      addresses: ['aws_s3_bucket.assets_bucket_1A2B', 'aws_s3_bucket_versioning.assets_versioning_3C4D'],
      constructPath: 'data-prod/assets/bucket',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'assets-prod-123456789012',
      differences: [
        { path: 'versioning.status', expected: 'Enabled', actual: 'Suspended', type: 'NOT_EQUAL' },
      ],
    }),
    result({
      status: 'NOT_CHECKED',
      stack: 'data-prod',
      address: 'aws_db_subnet_group.db_subnets_4E5F',
      constructPath: 'data-prod/db/subnets',
      reason: 'no adapter for aws_db_subnet_group',
    }),
    result({ status: 'UNMANAGED', resourceType: 'AWS::EC2::Instance', resourceId: 'i-0badc0ffee1234567' }),
  ];
  return {
    schemaVersion: 1,
    summary: { total: 6, inSync: 1, modified: 2, deleted: 1, unmanaged: 1, notChecked: 1, coverage: 0.8 },
    resources,
  };
}

export function cleanReport(): DriftReport {
  const report = sampleReport();
  const resources = report.resources.filter((r) => r.status === 'IN_SYNC');
  return {
    schemaVersion: 1,
    summary: { total: 1, inSync: 1, modified: 0, deleted: 0, unmanaged: 0, notChecked: 0, coverage: 1 },
    resources,
  };
}

/**
 * The sample report with the optional fields that live sources and CloudTrail add: account, region, source per
 * resource, who changed the modified ones, and coverage per source.
 */
export function enrichedReport(): DriftReport {
  const report = sampleReport();
  const resources = report.resources.map((r, i) => ({
    ...r,
    account: i === 5 ? '210987654321' : '123456789012',
    region: i % 2 === 0 ? 'eu-west-1' : 'us-east-1',
    ...(r.status !== 'NOT_CHECKED' && { source: i === 2 ? ('cloudcontrol' as const) : ('config' as const) }),
  }));
  resources[1].changedBy = [
    {
      eventName: 'AuthorizeSecurityGroupIngress',
      eventTime: '2026-11-27T07:58:12Z',
      principalArn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice',
      userName: 'alice',
      via: 'console',
      sourceIp: '203.0.113.7',
      eventSource: 'ec2.amazonaws.com',
    },
  ];
  return {
    schemaVersion: 1,
    summary: { ...report.summary, coverageBySource: { config: 0.6, cloudcontrol: 0.2 } },
    resources,
  };
}
