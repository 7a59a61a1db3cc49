// AWS::EC2::LaunchTemplate, in the CloudFormation-registry shape Config records it (PascalCase).
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const ec2LaunchTemplate: SimulatedType = {
  awsType: 'AWS::EC2::LaunchTemplate',
  terraformTypes: {
    aws_launch_template: {
      taggable: true,
      generatedName: {},
      computed: (_v, ctx) => {
        const id = ctx.ids.ec2('lt');
        return { id, arn: arn(ctx, 'ec2', `launch-template/${id}`), default_version: 1, latest_version: 1 };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        const id = String(a.id);
        const md = (a.metadata_options as Attrs[] | undefined)?.[0] ?? {};
        const profile = (a.iam_instance_profile as Attrs[] | undefined)?.[0];
        const nics = (a.network_interfaces as Attrs[] | undefined) ?? [];
        const flag = (v: unknown) => (v === undefined || v === '' ? undefined : v === true || v === 'true');
        return configItem(ctx, {
          resourceType: 'AWS::EC2::LaunchTemplate',
          resourceId: id,
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            LaunchTemplateName: a.name,
            Id: id,
            DefaultVersionNumber: a.default_version,
            LatestVersionNumber: a.latest_version,
            LaunchTemplateData: {
              ImageId: a.image_id,
              InstanceType: a.instance_type,
              ...(profile
                ? { IamInstanceProfile: profile.arn ? { Arn: profile.arn } : { Name: profile.name } }
                : {}),
              ...(a.vpc_security_group_ids ? { SecurityGroupIds: a.vpc_security_group_ids } : {}),
              ...(nics.length > 0
                ? {
                    NetworkInterfaces: nics.map((n) => ({
                      AssociatePublicIpAddress: flag(n.associate_public_ip_address),
                      DeleteOnTermination: flag(n.delete_on_termination),
                      DeviceIndex: n.device_index,
                      Groups: n.security_groups,
                    })),
                  }
                : {}),
              ...((a.monitoring as Attrs[] | undefined)?.[0]
                ? { Monitoring: { Enabled: (a.monitoring as Attrs[])[0].enabled === true } }
                : {}),
              MetadataOptions: {
                HttpEndpoint: md.http_endpoint,
                HttpTokens: md.http_tokens,
                HttpPutResponseHopLimit: md.http_put_response_hop_limit,
                ...(md.instance_metadata_tags ? { InstanceMetadataTags: md.instance_metadata_tags } : {}),
              },
              BlockDeviceMappings: ((a.block_device_mappings as Attrs[] | undefined) ?? []).map((bdm) => {
                const ebs = (bdm.ebs as Attrs[])[0];
                return {
                  DeviceName: bdm.device_name,
                  Ebs: {
                    DeleteOnTermination: flag(ebs.delete_on_termination),
                    Encrypted: flag(ebs.encrypted),
                    VolumeSize: ebs.volume_size,
                    VolumeType: ebs.volume_type,
                  },
                };
              }),
              ...(a.tag_specifications
                ? {
                    TagSpecifications: (a.tag_specifications as Attrs[]).map((t) => ({
                      ResourceType: t.resource_type,
                      Tags: Object.entries((t.tags as Record<string, string>) ?? {}).map(([Key, Value]) => ({
                        Key,
                        Value,
                      })),
                    })),
                  }
                : {}),
            },
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          },
        });
      },
    },
  },
};
