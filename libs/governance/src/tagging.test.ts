import { Aspects, Fn, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { synthStack, testApp } from '@groundwork/testing';
import { IAC_ADDRESS_TAG, IAC_STACK_TAG } from '@groundwork/core';
import { Tagging } from './tagging';

// Which of these types have a `tags` argument, per the hashicorp/aws provider documentation.
const TAGGABLE = [
  'aws_iam_role',
  'aws_route_table',
  'aws_s3_bucket',
  'aws_security_group',
  'aws_sqs_queue',
  'aws_subnet',
  'aws_vpc',
  'aws_vpc_security_group_ingress_rule',
];
const NOT_TAGGABLE = [
  'aws_iam_role_policy_attachment',
  'aws_route',
  'aws_route_table_association',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_versioning',
];

function mixedStack() {
  const stack = new TerraformStack(testApp(), 'mixed');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1', defaultTags: [{ tags: { 'cost-center': '42' } }] });
  const vpc = new Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16', tags: { Name: 'main' } });
  const subnet = new Subnet(stack, 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });
  const table = new RouteTable(stack, 'routes', { vpcId: vpc.id });
  new Route(stack, 'default-route', {
    routeTableId: table.id,
    destinationCidrBlock: '0.0.0.0/0',
    gatewayId: 'igw-1',
  });
  new RouteTableAssociation(stack, 'association', { routeTableId: table.id, subnetId: subnet.id });
  const sg = new SecurityGroup(stack, 'web', { vpcId: vpc.id });
  new VpcSecurityGroupIngressRule(stack, 'https', {
    securityGroupId: sg.id,
    ipProtocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    cidrIpv4: '0.0.0.0/0',
  });
  const bucket = new S3Bucket(stack, 'bucket', { bucket: 'acme-mixed' });
  new S3BucketPublicAccessBlock(stack, 'bucket-pab', { bucket: bucket.id, blockPublicAcls: true });
  new S3BucketVersioningA(stack, 'bucket-versioning', {
    bucket: bucket.id,
    versioningConfiguration: { status: 'Enabled' },
  });
  const role = new IamRole(stack, 'role', { assumeRolePolicy: '{}' });
  new IamRolePolicyAttachment(stack, 'role-policy', {
    role: role.name,
    policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  });
  const extraTags = new TerraformVariable(stack, 'queue_tags', { type: 'map(string)', default: {} });
  new SqsQueue(stack, 'queue', { tags: Token.asStringMap(Fn.merge([extraTags.value, { tier: 'jobs' }])) });
  Aspects.of(stack).add(new Tagging({ project: 'groundwork', environment: 'dev', owner: 'platform-team' }));
  return synthStack(stack);
}

describe('Tagging', () => {
  const json = mixedStack();

  it('stamps iac:stack and iac:address on every taggable resource of a mixed stack', () => {
    const resources = json.resources();
    expect([...new Set(resources.map((r) => r.type))].sort()).toEqual([...TAGGABLE, ...NOT_TAGGABLE].sort());
    const taggable = resources.filter((r) => TAGGABLE.includes(r.type));
    expect(taggable).toHaveLength(8);
    for (const r of taggable.filter((r) => r.type !== 'aws_sqs_queue')) {
      expect(r.values.tags).toMatchObject({ [IAC_STACK_TAG]: 'mixed', [IAC_ADDRESS_TAG]: r.address });
    }
  });

  it('stamps no resource that has no tags argument', () => {
    const untaggable = json.resources().filter((r) => NOT_TAGGABLE.includes(r.type));
    expect(untaggable).toHaveLength(5);
    for (const r of untaggable) expect(r.values).not.toHaveProperty('tags');
  });

  it('keeps tags set in code, and merges in Terraform when they are only known at apply', () => {
    expect(json.resource('aws_vpc').values.tags).toEqual({
      Name: 'main',
      [IAC_STACK_TAG]: 'mixed',
      [IAC_ADDRESS_TAG]: json.resource('aws_vpc').address,
    });
    const queueTags = String(json.resource('aws_sqs_queue').values.tags);
    expect(queueTags).toMatch(/^\$\{merge\(merge\(var\.queue_tags, \{.*\}\), \{.*\}\)\}$/);
    expect(queueTags).toContain(`"iac:address" = "${json.resource('aws_sqs_queue').address}"`);
  });

  it('sets the cost-allocation tags as provider default_tags, keeping existing ones', () => {
    expect(json.json.provider?.aws?.[0]?.default_tags).toEqual([
      { tags: { 'cost-center': '42', project: 'groundwork', environment: 'dev', owner: 'platform-team' } },
    ]);
  });

  it('rejects tags AWS would refuse', () => {
    const base = { project: 'p', environment: 'dev', owner: 'team' };
    expect(() => new Tagging({ ...base, owner: ' ' })).toThrow(
      /tag "owner" needs a value of 1-256 characters, got " "/,
    );
    expect(() => new Tagging({ ...base, extra: { 'aws:team': 'x' } })).toThrow(/reserved aws: prefix/);
    expect(() => new Tagging({ ...base, extra: { ['k'.repeat(129)]: 'x' } })).toThrow(
      /tag key must be 1-128 characters/,
    );
  });
});
