// What AWS creates on its own in every account and around the IaC's resources: the default VPC with its subnets,
// main route table and default security group; the main route table and default security group of every VPC;
// service-linked roles; instances launched by an auto scaling group and the secret RDS manages for a master
// password, both tagged with `aws:` tags. None of it is drift.
import {
  configItem,
  ConfigItem,
  instanceItem,
  ipPermissions,
  RecorderContext,
  tagList,
} from './config-recorder';
import type { AppliedResource, Attrs } from './terraform-apply';

export function awsNoise(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  const { ids } = ctx;
  const items: ConfigItem[] = [];

  // The default VPC, its three default subnets, its main route table and default security group.
  const defaultVpc = ids.ec2('vpc');
  const defaultIgw = ids.ec2('igw');
  items.push(
    configItem(ctx, {
      resourceType: 'AWS::EC2::VPC',
      resourceId: defaultVpc,
      arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:vpc/${defaultVpc}`,
      availabilityZone: 'Multiple Availability Zones',
      configuration: {
        cidrBlock: '172.31.0.0/16',
        dhcpOptionsId: ids.ec2('dopt'),
        state: 'available',
        vpcId: defaultVpc,
        ownerId: ctx.account,
        instanceTenancy: 'default',
        ipv6CidrBlockAssociationSet: [],
        cidrBlockAssociationSet: [
          {
            associationId: `vpc-cidr-assoc-0${ids.hex(16)}`,
            cidrBlock: '172.31.0.0/16',
            cidrBlockState: { state: 'associated' },
          },
        ],
        isDefault: true,
        tags: [],
      },
    }),
  );
  const defaultSubnets = ['a', 'b', 'c'].map((az, i) => {
    const id = ids.ec2('subnet');
    items.push(
      configItem(ctx, {
        resourceType: 'AWS::EC2::Subnet',
        resourceId: id,
        arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:subnet/${id}`,
        availabilityZone: `${ctx.region}${az}`,
        relationships: [
          { resourceType: 'AWS::EC2::VPC', resourceId: defaultVpc, name: 'Is contained in Vpc' },
        ],
        configuration: {
          availabilityZone: `${ctx.region}${az}`,
          availableIpAddressCount: 4091,
          cidrBlock: `172.31.${i * 16}.0/20`,
          defaultForAz: true,
          mapPublicIpOnLaunch: true,
          state: 'available',
          subnetId: id,
          vpcId: defaultVpc,
          ownerId: ctx.account,
          assignIpv6AddressOnCreation: false,
          ipv6CidrBlockAssociationSet: [],
          tags: [],
          subnetArn: `arn:aws:ec2:${ctx.region}:${ctx.account}:subnet/${id}`,
        },
      }),
    );
    return id;
  });
  items.push(
    mainRouteTable(ctx, defaultVpc, '172.31.0.0/16', defaultIgw),
    defaultSecurityGroup(ctx, defaultVpc),
  );
  void defaultSubnets;

  // Every VPC the IaC creates gets a main route table and a default security group from AWS.
  for (const vpc of applied.filter((r) => r.type === 'aws_vpc')) {
    items.push(
      mainRouteTable(
        ctx,
        String(vpc.attrs.id),
        String(vpc.attrs.cidr_block),
        undefined,
        String(vpc.attrs.main_route_table_id),
      ),
      defaultSecurityGroup(
        ctx,
        String(vpc.attrs.id),
        String(vpc.attrs.default_security_group_id),
        // aws_default_security_group takes the group over and leaves exactly its own rules.
        applied.find((r) => r.type === 'aws_default_security_group' && r.attrs.vpc_id === vpc.attrs.id)
          ?.attrs,
      ),
    );
  }

  // Service-linked roles that EC2 Auto Scaling, ELB and RDS create on first use.
  for (const [service, name] of [
    ['autoscaling.amazonaws.com', 'AWSServiceRoleForAutoScaling'],
    ['elasticloadbalancing.amazonaws.com', 'AWSServiceRoleForElasticLoadBalancing'],
    ['rds.amazonaws.com', 'AWSServiceRoleForRDS'],
  ]) {
    const roleId = `AROA${ids.upper(17)}`;
    const arn = `arn:aws:iam::${ctx.account}:role/aws-service-role/${service}/${name}`;
    items.push(
      configItem(ctx, {
        resourceType: 'AWS::IAM::Role',
        resourceId: roleId,
        resourceName: name,
        arn,
        awsRegion: 'global',
        configuration: {
          path: `/aws-service-role/${service}/`,
          roleName: name,
          roleId,
          arn,
          createDate: '2024-02-11T08:00:00.000Z',
          assumeRolePolicyDocument: encodeURIComponent(
            JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
            }),
          ),
          instanceProfileList: [],
          rolePolicyList: [],
          attachedManagedPolicies: [
            {
              policyName: `${name.replace('AWSServiceRoleFor', '')}ServiceRolePolicy`,
              policyArn: `arn:aws:iam::aws:policy/aws-service-role/${name.replace('AWSServiceRoleFor', '')}ServiceRolePolicy`,
            },
          ],
          permissionsBoundary: null,
          tags: [],
          roleLastUsed: null,
        },
      }),
    );
  }

  // Instances each auto scaling group launched from its launch template (desired capacity, spread over its
  // subnets): AWS tags them with `aws:` tags and the template's instance tags.
  for (const asg of applied.filter((r) => r.type === 'aws_autoscaling_group')) {
    const ref = (asg.attrs.launch_template as Attrs[] | undefined)?.[0];
    const lt = applied.find((r) => r.type === 'aws_launch_template' && r.attrs.id === ref?.id);
    if (!lt) continue;
    const subnets = asg.attrs.vpc_zone_identifier as string[];
    const nic = (lt.attrs.network_interfaces as Attrs[] | undefined)?.[0];
    const sgIds = ((nic?.security_groups ?? lt.attrs.vpc_security_group_ids) as string[] | undefined) ?? [];
    const instanceTags = ((lt.attrs.tag_specifications as Attrs[] | undefined)?.find(
      (t) => t.resource_type === 'instance',
    )?.tags as Record<string, string> | undefined) ?? { Name: String(asg.attrs.name) };
    const profile = (lt.attrs.iam_instance_profile as Attrs[] | undefined)?.[0];
    for (let i = 0; i < Number(asg.attrs.desired_capacity ?? asg.attrs.min_size ?? 1); i++) {
      const subnetId = subnets[i % subnets.length];
      const subnet = applied.find((r) => r.type === 'aws_subnet' && r.attrs.id === subnetId);
      items.push(
        instanceItem(ctx, {
          instanceId: ids.ec2('i'),
          imageId: String(lt.attrs.image_id),
          instanceType: String(lt.attrs.instance_type),
          subnetId,
          vpcId: String(subnet?.attrs.vpc_id),
          availabilityZone: String(subnet?.attrs.availability_zone ?? `${ctx.region}a`),
          privateIp: ids.ipIn(String(subnet?.attrs.cidr_block ?? '10.20.0.0/16')),
          eni: ids.ec2('eni'),
          securityGroups: sgIds.map((groupId) => ({
            groupId,
            groupName: String(
              applied.find((r) => r.type === 'aws_security_group' && r.attrs.id === groupId)?.attrs.name,
            ),
          })),
          profileArn: profile?.arn ? String(profile.arn) : undefined,
          httpTokens: String(
            (lt.attrs.metadata_options as Attrs[] | undefined)?.[0]?.http_tokens ?? 'required',
          ),
          monitoring: (lt.attrs.monitoring as Attrs[] | undefined)?.[0]?.enabled === true,
          tags: {
            ...instanceTags,
            'aws:autoscaling:groupName': String(asg.attrs.name),
            'aws:ec2launchtemplate:id': String(lt.attrs.id),
            'aws:ec2launchtemplate:version': String(lt.attrs.latest_version ?? 1),
          },
        }),
      );
    }
  }

  // The secret RDS creates and rotates for `manage_master_user_password`.
  const db = applied.find((r) => r.type === 'aws_db_instance');
  if (db) {
    const secretArn = String((db.attrs.master_user_secret as { secret_arn: string }[])[0].secret_arn);
    const name = secretArn.split(':secret:')[1].replace(/-[0-9a-f]{6}$/, '');
    const tags = {
      'aws:rds:primaryDBInstanceArn': String(db.attrs.arn),
      'aws:secretsmanager:owningService': 'rds',
    };
    items.push(
      configItem(ctx, {
        resourceType: 'AWS::SecretsManager::Secret',
        resourceId: secretArn,
        resourceName: name,
        arn: secretArn,
        tags,
        configuration: {
          ARN: secretArn,
          Name: name,
          Description: `Secret associated with primary RDS DB instance: ${db.attrs.arn}`,
          KMSKeyId: (db.attrs.master_user_secret as { kms_key_id: string }[])[0].kms_key_id,
          RotationEnabled: true,
          // RDS rotates its managed secret every 7 days unless a rotation resource sets the schedule.
          RotationRules: {
            AutomaticallyAfterDays:
              (
                applied.find(
                  (r) => r.type === 'aws_secretsmanager_secret_rotation' && r.attrs.secret_id === secretArn,
                )?.attrs.rotation_rules as Attrs[] | undefined
              )?.[0]?.automatically_after_days ?? 7,
          },
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        },
      }),
    );
  }
  return items;
}

function mainRouteTable(
  ctx: RecorderContext,
  vpcId: string,
  cidr: string,
  igw?: string,
  id = ctx.ids.ec2('rtb'),
): ConfigItem {
  return configItem(ctx, {
    resourceType: 'AWS::EC2::RouteTable',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:route-table/${id}`,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
    configuration: {
      associations: [
        {
          main: true,
          routeTableAssociationId: ctx.ids.ec2('rtbassoc'),
          routeTableId: id,
          associationState: { state: 'associated', statusMessage: null },
        },
      ],
      propagatingVgws: [],
      routeTableId: id,
      routes: [
        { destinationCidrBlock: cidr, gatewayId: 'local', origin: 'CreateRouteTable', state: 'active' },
        ...(igw
          ? [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: igw, origin: 'CreateRoute', state: 'active' }]
          : []),
      ],
      tags: [],
      vpcId,
      ownerId: ctx.account,
    },
  });
}

function defaultSecurityGroup(
  ctx: RecorderContext,
  vpcId: string,
  id = ctx.ids.ec2('sg'),
  managed?: Attrs,
): ConfigItem {
  if (managed) {
    const tags = (managed.tags_all as Record<string, string> | undefined) ?? {};
    return configItem(ctx, {
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: id,
      arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:security-group/${id}`,
      tags,
      relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
      configuration: {
        description: 'default VPC security group',
        groupName: 'default',
        ipPermissions: ipPermissions(managed.ingress as Attrs[], ctx.account),
        ownerId: ctx.account,
        groupId: id,
        ipPermissionsEgress: ipPermissions(managed.egress as Attrs[], ctx.account),
        tags: tagList(tags),
        vpcId,
      },
    });
  }
  return configItem(ctx, {
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:security-group/${id}`,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
    configuration: {
      description: 'default VPC security group',
      groupName: 'default',
      ipPermissions: [
        {
          ipProtocol: '-1',
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [{ groupId: id, userId: ctx.account }],
          ipv4Ranges: [],
          ipRanges: [],
        },
      ],
      ownerId: ctx.account,
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
      tags: tagList({}),
      vpcId,
    },
  });
}
