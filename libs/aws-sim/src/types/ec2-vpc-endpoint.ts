// AWS::EC2::VPCEndpoint, as Config records it (the field inventory's SDK-v2 names: `state` as `{value}`, security
// groups as `groups`; the policy a JSON string). A gateway endpoint's routes show in its route tables (ec2-route-table).
import { configItem, CREATED_AT, tagList, tagsOf, vpcRelationship } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** The policy AWS gives an endpoint created without one: full access. */
const FULL_ACCESS = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

export const ec2VpcEndpoint: SimulatedType = {
  awsType: 'AWS::EC2::VPCEndpoint',
  terraformTypes: {
    aws_vpc_endpoint: {
      taggable: true,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('vpce');
        const type = v.vpc_endpoint_type ?? 'Gateway';
        const interfaces = type === 'Interface' ? ((v.subnet_ids as string[] | undefined) ?? []) : [];
        return {
          id,
          arn: arn(ctx, 'ec2', `vpc-endpoint/${id}`),
          vpc_endpoint_type: type,
          owner_id: ctx.account,
          state: 'available',
          prefix_list_id: type === 'Gateway' ? `pl-${ctx.ids.hex(8)}` : '',
          cidr_blocks: [],
          dns_entry: [],
          network_interface_ids: interfaces.map(() => ctx.ids.ec2('eni')),
          requester_managed: false,
          private_dns_enabled: v.private_dns_enabled ?? false,
          ip_address_type: 'ipv4',
          route_table_ids: v.route_table_ids ?? [],
          subnet_ids: v.subnet_ids ?? [],
          security_group_ids: v.security_group_ids ?? [],
          // The IaC's policy as AWS stores it (compact JSON), else AWS's full-access default.
          policy: v.policy ? JSON.stringify(JSON.parse(String(v.policy))) : FULL_ACCESS,
          service_region: ctx.region,
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        const groups = (a.security_group_ids as string[]).map((groupId) => ({
          groupId,
          groupName: lookup('aws_security_group', (g) => g.id === groupId)[0]?.attrs.name ?? 'default',
        }));
        return configItem(ctx, {
          resourceType: 'AWS::EC2::VPCEndpoint',
          resourceId: id,
          arn: String(a.arn),
          tags,
          relationships: [vpcRelationship(a.vpc_id)],
          configuration: {
            vpcEndpointId: id,
            vpcEndpointType: a.vpc_endpoint_type,
            vpcId: a.vpc_id,
            serviceName: a.service_name,
            state: { value: 'available' },
            policyDocument: a.policy,
            routeTableIds: a.route_table_ids,
            subnetIds: a.subnet_ids,
            groups,
            ipAddressType: a.ip_address_type,
            ...(a.vpc_endpoint_type === 'Interface' ? { dnsOptions: { dnsRecordIpType: 'ipv4' } } : {}),
            privateDnsEnabled: a.private_dns_enabled,
            requesterManaged: false,
            networkInterfaceIds: a.network_interface_ids,
            dnsEntries: (a.network_interface_ids as string[]).length
              ? [
                  {
                    dnsName: `${id}-${ctx.ids.hex(8)}.${String(a.service_name).split('.').pop()}.${ctx.region}.vpce.amazonaws.com`,
                    hostedZoneId: 'Z7HUB22UULQXV',
                  },
                ]
              : [],
            creationTimestamp: CREATED_AT,
            tags: tagList(tags),
            ownerId: ctx.account,
          },
        });
      },
    },
  },
};
