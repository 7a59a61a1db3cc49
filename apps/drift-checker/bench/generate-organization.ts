// A synthetic organization for the sweep benchmark, generated per account and region on demand (never stored): one
// stack of security groups per account-region, with the provider's account and region, and the live items AWS
// Config's aggregator would return for it: every managed group (one in a hundred changed by hand) and a fifth more
// groups no stack manages.
import { IAC_ADDRESS_TAG, IAC_STACK_TAG } from '@groundwork/core';

export interface AccountRegion {
  readonly account: string;
  readonly region: string;
}

export function accountIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(100000000000 + i * 7919).padStart(12, '0'));
}

function stackName(p: AccountRegion): string {
  return `workload-${p.account}-${p.region}`;
}

/** The stack's cdk.tf.json and manifest, as the deploy workflow publishes them. */
export function iacFiles(p: AccountRegion, managed: number): { path: string; content: string }[] {
  const name = stackName(p);
  const groups: Record<string, unknown> = {};
  for (let i = 0; i < managed; i++)
    groups[`sg${i}`] = {
      '//': { metadata: { path: `${name}/sg${i}`, uniqueId: `sg${i}` } },
      name: `sg${i}`,
      description: 'tier',
      vpc_id: 'vpc-0a1b2c3d',
      ingress: [
        { protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/8'], description: 'https' },
      ],
      egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
      tags: { Name: `sg${i}`, [IAC_STACK_TAG]: name, [IAC_ADDRESS_TAG]: `aws_security_group.sg${i}` },
    };
  const stack = {
    provider: { aws: [{ region: p.region, allowed_account_ids: [p.account] }] },
    resource: { aws_security_group: groups },
  };
  return [
    {
      path: 'cdktf.out/manifest.json',
      content: JSON.stringify({
        stacks: { [name]: { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json` } },
      }),
    },
    { path: `cdktf.out/stacks/${name}/cdk.tf.json`, content: JSON.stringify(stack) },
  ];
}

/** The account-region's live items as one JSON array: `managed` groups of the stack and the rest unmanaged. */
export function liveItemsJson(p: AccountRegion, managed: number, total: number): string {
  const name = stackName(p);
  const items: unknown[] = [];
  for (let i = 0; i < total; i++) {
    const id = `sg-${(i + 1).toString(16).padStart(17, '0')}`;
    const isManaged = i < managed;
    const drifted = isManaged && i % 100 === 7;
    items.push({
      version: '1.3',
      accountId: p.account,
      configurationItemCaptureTime: '2026-12-03T05:00:00.000Z',
      configurationItemStatus: 'OK',
      configurationStateId: '1764738000000',
      arn: `arn:aws:ec2:${p.region}:${p.account}:security-group/${id}`,
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: id,
      resourceName: `sg${i}`,
      awsRegion: p.region,
      availabilityZone: 'Not Applicable',
      tags: isManaged
        ? { Name: `sg${i}`, [IAC_STACK_TAG]: name, [IAC_ADDRESS_TAG]: `aws_security_group.sg${i}` }
        : { Name: `manual${i}` },
      relatedEvents: [],
      relationships: [
        { resourceId: 'vpc-0a1b2c3d', resourceType: 'AWS::EC2::VPC', name: 'Is contained in Vpc' },
      ],
      configuration: {
        description: drifted ? 'changed by hand' : 'tier',
        groupName: isManaged ? `sg${i}` : `manual${i}`,
        ipPermissions: [
          {
            fromPort: 443,
            ipProtocol: 'tcp',
            ipv6Ranges: [],
            prefixListIds: [],
            toPort: 443,
            userIdGroupPairs: [],
            ipv4Ranges: [{ cidrIp: '10.0.0.0/8', description: 'https' }],
            ipRanges: ['10.0.0.0/8'],
          },
        ],
        ownerId: p.account,
        groupId: id,
        ipPermissionsEgress: [
          {
            ipProtocol: '-1',
            ipv6Ranges: [],
            prefixListIds: [],
            userIdGroupPairs: [],
            ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
            ipRanges: ['0.0.0.0/0'],
          },
        ],
        tags: [],
        vpcId: 'vpc-0a1b2c3d',
      },
      supplementaryConfiguration: {},
    });
  }
  return JSON.stringify(items);
}
