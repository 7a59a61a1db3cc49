// AWS::EC2::Instance: instances the IaC launches, and the item of any instance (auto scaling launches them too).
import type { Attrs } from '../apply/applied-resource';
import {
  ConfigItem,
  configItem,
  CREATED_AT,
  RecorderContext,
  tagList,
  tagsOf,
  vpcRelationship,
} from '../config/config-item';
import { subnetCidr, subnetZones } from './ec2-subnet';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export interface InstanceSpec {
  readonly instanceId: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly subnetId: string;
  readonly vpcId: string;
  readonly privateIp: string;
  /** @default `${region}a` */
  readonly availabilityZone?: string;
  readonly eni: string;
  readonly securityGroups: { groupId: string; groupName: string }[];
  readonly profileArn?: string;
  readonly httpTokens: string;
  /** @default 1 */
  readonly hopLimit?: number;
  readonly monitoring: boolean;
  readonly tags: Record<string, string>;
}

export function instanceItem(ctx: RecorderContext, s: InstanceSpec): ConfigItem {
  const zone = s.availabilityZone ?? `${ctx.region}a`;
  const privateDns = `ip-${s.privateIp.replace(/\./g, '-')}.${ctx.region}.compute.internal`;
  return configItem(ctx, {
    resourceType: 'AWS::EC2::Instance',
    resourceId: s.instanceId,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:instance/${s.instanceId}`,
    availabilityZone: zone,
    tags: s.tags,
    relationships: [
      vpcRelationship(s.vpcId),
      { resourceType: 'AWS::EC2::Subnet', resourceId: s.subnetId, name: 'Is contained in Subnet' },
      ...s.securityGroups.map((g) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: g.groupId,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      amiLaunchIndex: 0,
      imageId: s.imageId,
      instanceId: s.instanceId,
      instanceType: s.instanceType,
      launchTime: CREATED_AT,
      monitoring: { state: s.monitoring ? 'enabled' : 'disabled' },
      placement: { availabilityZone: zone, groupName: '', tenancy: 'default' },
      privateDnsName: privateDns,
      privateIpAddress: s.privateIp,
      productCodes: [],
      publicDnsName: '',
      state: { code: 16, name: 'running' },
      stateTransitionReason: '',
      subnetId: s.subnetId,
      vpcId: s.vpcId,
      architecture: 'x86_64',
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: {
            attachTime: CREATED_AT,
            deleteOnTermination: true,
            status: 'attached',
            volumeId: `vol-0${ctx.ids.hex(16)}`,
          },
        },
      ],
      clientToken: ctx.ids.uuid(),
      ebsOptimized: false,
      enaSupport: true,
      hypervisor: 'xen',
      ...(s.profileArn ? { iamInstanceProfile: { arn: s.profileArn, id: `AIPA${ctx.ids.upper(17)}` } } : {}),
      networkInterfaces: [
        {
          attachment: {
            attachTime: CREATED_AT,
            attachmentId: `eni-attach-0${ctx.ids.hex(16)}`,
            deleteOnTermination: true,
            deviceIndex: 0,
            status: 'attached',
            networkCardIndex: 0,
          },
          description: '',
          groups: s.securityGroups,
          ipv6Addresses: [],
          macAddress: '06:1f:9c:4a:2e:71',
          networkInterfaceId: s.eni,
          ownerId: ctx.account,
          privateDnsName: privateDns,
          privateIpAddress: s.privateIp,
          privateIpAddresses: [{ primary: true, privateDnsName: privateDns, privateIpAddress: s.privateIp }],
          sourceDestCheck: true,
          status: 'in-use',
          subnetId: s.subnetId,
          vpcId: s.vpcId,
          interfaceType: 'interface',
        },
      ],
      rootDeviceName: '/dev/xvda',
      rootDeviceType: 'ebs',
      securityGroups: s.securityGroups,
      sourceDestCheck: true,
      tags: tagList(s.tags),
      virtualizationType: 'hvm',
      cpuOptions: { coreCount: 1, threadsPerCore: 2 },
      capacityReservationSpecification: { capacityReservationPreference: 'open' },
      hibernationOptions: { configured: false },
      metadataOptions: {
        state: 'applied',
        httpTokens: s.httpTokens,
        httpPutResponseHopLimit: s.hopLimit ?? 1,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
      enclaveOptions: { enabled: false },
      bootMode: 'uefi-preferred',
      platformDetails: 'Linux/UNIX',
      usageOperation: 'RunInstances',
      privateDnsNameOptions: {
        hostnameType: 'ip-name',
        enableResourceNameDnsARecord: false,
        enableResourceNameDnsAAAARecord: false,
      },
      maintenanceOptions: { autoRecovery: 'default' },
      currentInstanceBootMode: 'legacy-bios',
    },
  });
}

export const ec2Instance: SimulatedType = {
  awsType: 'AWS::EC2::Instance',
  terraformTypes: {
    aws_instance: {
      taggable: true,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('i');
        const applied = ctx.applied();
        const vpcId = applied.find((r) => r.type === 'aws_subnet' && r.attrs.id === v.subnet_id)?.attrs
          .vpc_id;
        const vpc = applied.find((r) => r.type === 'aws_vpc' && r.attrs.id === vpcId);
        return {
          id,
          arn: arn(ctx, 'ec2', `instance/${id}`),
          // An instance launched without security groups is in its VPC's default group.
          vpc_security_group_ids: v.vpc_security_group_ids ?? [vpc?.attrs.default_security_group_id],
          availability_zone: subnetZones([v.subnet_id], ctx)[0] ?? `${ctx.region}a`,
          private_ip: ctx.ids.ipIn(subnetCidr(v.subnet_id, ctx)),
          primary_network_interface_id: ctx.ids.ec2('eni'),
          instance_state: 'running',
          tenancy: 'default',
          ebs_optimized: false,
          source_dest_check: true,
        };
      },
      record: ({ attrs: a }, lookup, ctx) =>
        instanceItem(ctx, {
          instanceId: String(a.id),
          imageId: String(a.ami),
          instanceType: String(a.instance_type),
          subnetId: String(a.subnet_id),
          vpcId: String(lookup('aws_subnet', (s) => s.id === a.subnet_id)[0]?.attrs.vpc_id),
          privateIp: String(a.private_ip),
          eni: String(a.primary_network_interface_id),
          securityGroups: (a.vpc_security_group_ids as string[]).map((sg) => ({
            groupId: sg,
            groupName: String(lookup('aws_security_group', (s) => s.id === sg)[0]?.attrs.name),
          })),
          profileArn: `arn:aws:iam::${ctx.account}:instance-profile/${a.iam_instance_profile}`,
          httpTokens: String((a.metadata_options as Attrs[])[0].http_tokens),
          hopLimit: Number((a.metadata_options as Attrs[])[0].http_put_response_hop_limit ?? 1),
          availabilityZone: String(a.availability_zone),
          monitoring: a.monitoring === true,
          tags: tagsOf(a),
        }),
    },
  },
};
