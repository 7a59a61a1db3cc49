import { SimulatedIds } from './simulated-ids';
import { applyStacks } from './apply/terraform-apply';
import { handMadeItems } from './hand-made';

const account = { account: '111111111111', region: 'eu-west-1' };

describe('handMadeItems', () => {
  it('records resources made outside any stack the way the recorder records managed ones, without IaC tags', () => {
    const items = handMadeItems(
      [
        {
          type: 'aws_security_group',
          name: 'debug',
          values: {
            name: 'debug-ssh',
            description: 'temporary debugging',
            vpc_id: 'vpc-0123456789abcdef0',
            ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['198.51.100.7/32'] }],
            tags: { Owner: 'alice' },
          },
        },
        { type: 'aws_s3_bucket', name: 'exports', values: { bucket: 'legacy-exports-111111111111' } },
        {
          type: 'aws_s3_bucket_versioning',
          name: 'exports',
          values: {
            bucket: '${aws_s3_bucket.exports.bucket}',
            versioning_configuration: { status: 'Enabled' },
          },
        },
      ],
      account,
    );
    expect(items.map((i) => i.resourceType)).toEqual(['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket']);
    const [sg, bucket] = items;
    expect(sg.resourceId).toMatch(/^sg-0[0-9a-f]{16}$/);
    expect(sg.configuration).toMatchObject({
      groupName: 'debug-ssh',
      vpcId: 'vpc-0123456789abcdef0',
      ipPermissions: [expect.objectContaining({ fromPort: 22, ipRanges: ['198.51.100.7/32'] })],
    });
    expect(sg.tags).toEqual({ Owner: 'alice' });
    expect(bucket.supplementaryConfiguration.BucketVersioningConfiguration).toMatchObject({
      status: 'Enabled',
    });
  });
});

describe('import blocks', () => {
  const stack = (withImport: boolean) => ({
    name: 'network',
    json: {
      resource: {
        aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
        aws_security_group: {
          ...(withImport && { adopted: { name: 'legacy', vpc_id: '${aws_vpc.main.id}' } }),
          web: { name: 'web', vpc_id: '${aws_vpc.main.id}' },
        },
      },
      ...(withImport && { import: [{ to: 'aws_security_group.adopted', id: 'sg-0aaaaaaaaaaaaaaaa' }] }),
    },
  });

  it('adopts the live resource by its id and draws no id, so every other resource keeps its id', () => {
    const without = applyStacks([stack(false)], { ...account, ids: new SimulatedIds('s') }).get('network');
    const withIt = applyStacks([stack(true)], { ...account, ids: new SimulatedIds('s') }).get('network');
    const attrs = (s: typeof withIt, address: string) =>
      s?.resources.find((r) => r.address === address)?.attrs;
    expect(attrs(withIt, 'aws_security_group.adopted')).toMatchObject({
      id: 'sg-0aaaaaaaaaaaaaaaa',
      arn: 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0aaaaaaaaaaaaaaaa',
      name: 'legacy',
    });
    expect(attrs(withIt, 'aws_security_group.web')?.id).toBe(attrs(without, 'aws_security_group.web')?.id);
    expect(attrs(withIt, 'aws_vpc.main')?.id).toBe(attrs(without, 'aws_vpc.main')?.id);
  });
});
