// Generates a synthetic estate for the engine benchmark: Terraform JSON stacks, their state files and an AWS
// Config snapshot in the event form, with realistic item sizes and a mix of managed, unmanaged and other types.
import { IAC_STACK_TAG } from '@groundwork/core';

export interface Estate {
  readonly iacFiles: { path: string; content: string }[];
  readonly stateFiles: { path: string; content: string }[];
  readonly snapshot: string;
  readonly terraformResources: number;
  readonly items: number;
}

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';

function hex(n: number, width = 8): string {
  return n.toString(16).padStart(width, '0');
}

function baseItem(
  type: string,
  id: string,
  name: string | null,
  configuration: unknown,
  tags: Record<string, string>,
  supplementary: unknown = {},
): unknown {
  return {
    relatedEvents: [],
    relationships: [
      {
        resourceId: `vpc-${hex(1)}`,
        resourceName: null,
        resourceType: 'AWS::EC2::VPC',
        name: 'Is contained in Vpc',
      },
    ],
    configuration,
    supplementaryConfiguration: supplementary,
    tags,
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationStateId: 1764237600000,
    awsAccountId: ACCOUNT,
    configurationItemStatus: 'OK',
    resourceType: type,
    resourceId: id,
    resourceName: name,
    ARN: `arn:aws:ec2:${REGION}:${ACCOUNT}:${type.split('::')[2].toLowerCase()}/${id}`,
    awsRegion: REGION,
    availabilityZone: 'Not Applicable',
    configurationStateMd5Hash: '',
    resourceCreationTime: '2026-11-01T10:00:00.000Z',
  };
}

/**
 * `resources` Terraform resources over `stacks` stacks (security groups with rule resources, S3 buckets with
 * versioning/public access block/policy, IAM roles with attachments, subnets), and a snapshot of `items` items:
 * every managed live resource, then unmanaged security groups and network interfaces up to the count.
 */
export function generateEstate(resources: number, items: number, stacks = 10): Estate {
  const perStack = Math.floor(resources / stacks);
  const iacFiles: Estate['iacFiles'] = [];
  const stateFiles: Estate['stateFiles'] = [];
  const live: unknown[] = [];
  let counter = 0;
  let tfCount = 0;
  for (let s = 0; s < stacks; s++) {
    const stack = `stack-${s}`;
    const res: Record<string, Record<string, unknown>> = {};
    const state: unknown[] = [];
    const add = (
      type: string,
      name: string,
      body: Record<string, unknown>,
      attrs: Record<string, unknown>,
    ): void => {
      res[type] = res[type] ?? {};
      res[type][name] = { '//': { metadata: { path: `${stack}/${name}`, uniqueId: name } }, ...body };
      state.push({
        mode: 'managed',
        type,
        name,
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [{ schema_version: 1, attributes: attrs }],
      });
      tfCount++;
    };
    let made = 0;
    while (made < perStack) {
      const n = counter++;
      const tags = { Name: `r${n}`, [IAC_STACK_TAG]: stack };
      switch (n % 4) {
        case 0: {
          const id = `sg-${hex(n, 17)}`;
          add(
            'aws_security_group',
            `sg${n}`,
            { name: `sg${n}`, description: 'web', vpc_id: `vpc-${hex(1)}`, tags },
            { id },
          );
          add(
            'aws_vpc_security_group_ingress_rule',
            `in${n}`,
            {
              security_group_id: `\${aws_security_group.sg${n}.id}`,
              ip_protocol: 'tcp',
              from_port: 443,
              to_port: 443,
              cidr_ipv4: '10.0.0.0/8',
            },
            { id: `sgr-${n}` },
          );
          add(
            'aws_vpc_security_group_egress_rule',
            `out${n}`,
            {
              security_group_id: `\${aws_security_group.sg${n}.id}`,
              ip_protocol: '-1',
              cidr_ipv4: '0.0.0.0/0',
            },
            { id: `sgr-e${n}` },
          );
          made += 3;
          live.push(
            baseItem(
              'AWS::EC2::SecurityGroup',
              id,
              `sg${n}`,
              {
                description: 'web',
                groupName: `sg${n}`,
                ipPermissions: [
                  {
                    fromPort: 443,
                    ipProtocol: 'tcp',
                    ipv6Ranges: [],
                    prefixListIds: [],
                    toPort: 443,
                    userIdGroupPairs: [],
                    ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }],
                    ipRanges: ['10.0.0.0/8'],
                  },
                ],
                ownerId: ACCOUNT,
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
                tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
                vpcId: `vpc-${hex(1)}`,
              },
              tags,
            ),
          );
          break;
        }
        case 1: {
          const bucket = `bucket-${n}`;
          const ref = `\${aws_s3_bucket.b${n}.id}`;
          const policy = {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          };
          add(
            'aws_s3_bucket',
            `b${n}`,
            { bucket, tags },
            { id: bucket, bucket, arn: `arn:aws:s3:::${bucket}` },
          );
          add(
            'aws_s3_bucket_versioning',
            `v${n}`,
            { bucket: ref, versioning_configuration: { status: 'Enabled' } },
            { id: bucket },
          );
          add(
            'aws_s3_bucket_public_access_block',
            `p${n}`,
            {
              bucket: ref,
              block_public_acls: true,
              block_public_policy: true,
              ignore_public_acls: true,
              restrict_public_buckets: true,
            },
            { id: bucket },
          );
          add(
            'aws_s3_bucket_policy',
            `pol${n}`,
            { bucket: ref, policy: JSON.stringify(policy) },
            { id: bucket },
          );
          made += 4;
          live.push(
            baseItem(
              'AWS::S3::Bucket',
              bucket,
              bucket,
              {
                name: bucket,
                owner: {
                  displayName: null,
                  id: 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15',
                },
                creationDate: '2026-11-01T10:00:00.000Z',
              },
              tags,
              {
                AccessControlList:
                  '{"grantSet":null,"grantList":[{"grantee":{"id":"e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15","displayName":null},"permission":"FullControl"}],"owner":{"displayName":null,"id":"e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15"},"isRequesterCharged":false}',
                BucketAccelerateConfiguration: { status: null },
                BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
                BucketNotificationConfiguration: { configurations: {} },
                BucketPolicy: { policyText: JSON.stringify(policy) },
                BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: null },
                PublicAccessBlockConfiguration: {
                  blockPublicAcls: true,
                  blockPublicPolicy: true,
                  ignorePublicAcls: true,
                  restrictPublicBuckets: true,
                },
                IsRequesterPaysEnabled: false,
              },
            ),
          );
          break;
        }
        case 2: {
          const name = `role-${n}`;
          const trust = {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          };
          add(
            'aws_iam_role',
            `role${n}`,
            { name, assume_role_policy: JSON.stringify(trust), tags },
            { id: name, name, arn: `arn:aws:iam::${ACCOUNT}:role/${name}` },
          );
          add(
            'aws_iam_role_policy_attachment',
            `att${n}`,
            { role: `\${aws_iam_role.role${n}.name}`, policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
            { id: `${name}-att` },
          );
          made += 2;
          const item = baseItem(
            'AWS::IAM::Role',
            `AROA${hex(n, 16).toUpperCase()}`,
            name,
            {
              path: '/',
              roleName: name,
              roleId: `AROA${hex(n, 16).toUpperCase()}`,
              arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
              createDate: '2026-11-01T10:00:00.000Z',
              assumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
              instanceProfileList: [],
              rolePolicyList: [],
              attachedManagedPolicies: [
                { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
              ],
              permissionsBoundary: null,
              tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
              roleLastUsed: null,
            },
            tags,
          ) as Record<string, unknown>;
          item['awsRegion'] = 'global';
          item['ARN'] = `arn:aws:iam::${ACCOUNT}:role/${name}`;
          live.push(item);
          break;
        }
        default: {
          const id = `subnet-${hex(n, 17)}`;
          const cidr = `10.${(n >> 8) & 255}.${n & 255}.0/24`;
          add(
            'aws_subnet',
            `sn${n}`,
            { vpc_id: `vpc-${hex(1)}`, cidr_block: cidr, availability_zone: `${REGION}a`, tags },
            { id },
          );
          made += 1;
          live.push(
            baseItem(
              'AWS::EC2::Subnet',
              id,
              null,
              {
                subnetId: id,
                state: 'available',
                vpcId: `vpc-${hex(1)}`,
                cidrBlock: cidr,
                availableIpAddressCount: 251,
                availabilityZone: `${REGION}a`,
                defaultForAz: false,
                mapPublicIpOnLaunch: false,
                tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
              },
              tags,
            ),
          );
        }
      }
    }
    iacFiles.push({
      path: `stacks/${stack}/cdk.tf.json`,
      content: JSON.stringify({
        provider: { aws: [{ region: REGION, default_tags: [{ tags: { [IAC_STACK_TAG]: stack } }] }] },
        resource: res,
      }),
    });
    stateFiles.push({
      path: `${stack}.tfstate`,
      content: JSON.stringify({
        version: 4,
        terraform_version: '1.9.8',
        serial: 1,
        lineage: stack,
        outputs: {},
        resources: state,
      }),
    });
  }
  // Fill the snapshot: unmanaged security groups and network interfaces (a type no adapter compares).
  for (let n = live.length; n < items; n++) {
    if (n % 5 === 0) {
      const id = `sg-f${hex(n, 16)}`;
      live.push(
        baseItem(
          'AWS::EC2::SecurityGroup',
          id,
          `stray${n}`,
          {
            description: 'stray',
            groupName: `stray${n}`,
            ipPermissions: [],
            ownerId: ACCOUNT,
            groupId: id,
            ipPermissionsEgress: [],
            tags: [],
            vpcId: `vpc-${hex(1)}`,
          },
          {},
        ),
      );
    } else {
      const id = `eni-${hex(n, 17)}`;
      live.push(
        baseItem(
          'AWS::EC2::NetworkInterface',
          id,
          null,
          {
            networkInterfaceId: id,
            subnetId: `subnet-${hex(n, 17)}`,
            vpcId: `vpc-${hex(1)}`,
            availabilityZone: `${REGION}a`,
            description: 'ENI for a Lambda function in a VPC',
            ownerId: ACCOUNT,
            requesterManaged: true,
            status: 'in-use',
            macAddress: '0a:1b:2c:3d:4e:5f',
            privateIpAddress: `10.1.${(n >> 8) & 255}.${n & 255}`,
            privateDnsName: `ip-10-1-${(n >> 8) & 255}-${n & 255}.${REGION}.compute.internal`,
            sourceDestCheck: true,
            groups: [{ groupName: 'default', groupId: `sg-${hex(7, 17)}` }],
            attachment: {
              attachTime: '2026-11-01T10:00:00.000Z',
              attachmentId: `eni-attach-${hex(n, 17)}`,
              deleteOnTermination: false,
              deviceIndex: 1,
              instanceOwnerId: 'amazon-aws',
              status: 'attached',
            },
            privateIpAddresses: [
              {
                privateDnsName: `ip-10-1-${(n >> 8) & 255}-${n & 255}.${REGION}.compute.internal`,
                privateIpAddress: `10.1.${(n >> 8) & 255}.${n & 255}`,
                primary: true,
              },
            ],
            ipv6Addresses: [],
            tagSet: [],
            interfaceType: 'lambda',
          },
          {},
        ),
      );
    }
  }
  const snapshot = JSON.stringify({
    fileVersion: '1.0',
    configSnapshotId: 'bench',
    configurationItems: live.slice(0, items),
  });
  return { iacFiles, stateFiles, snapshot, terraformResources: tfCount, items: Math.min(items, live.length) };
}
