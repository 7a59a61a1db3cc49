// AWS::AutoScaling::AutoScalingGroup. The instances a group launches from its launch template are AWS's doing: they
// are recorded as EC2 instances tagged with `aws:` tags.
import type { AppliedResource, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, CREATED_AT, RecorderContext } from '../config/config-item';
import { instanceItem } from './ec2-instance';
import { subnetZones } from './ec2-subnet';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/**
 * Instances each auto scaling group launched from its launch template (desired capacity, spread over its
 * subnets): AWS tags them with `aws:` tags and the template's instance tags.
 */
function launchedInstances(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  const { ids } = ctx;
  const items: ConfigItem[] = [];
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
      if (!subnet)
        throw new Error(
          `${asg.address}: subnet ${subnetId} is not applied: no instance can be launched in it`,
        );
      items.push(
        instanceItem(ctx, {
          instanceId: ids.ec2('i'),
          imageId: String(lt.attrs.image_id),
          instanceType: String(lt.attrs.instance_type),
          subnetId,
          vpcId: String(subnet.attrs.vpc_id),
          availabilityZone: String(subnet.attrs.availability_zone),
          privateIp: ids.ipIn(String(subnet.attrs.cidr_block)),
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
  return items;
}

export const autoScalingGroup: SimulatedType = {
  awsType: 'AWS::AutoScaling::AutoScalingGroup',
  terraformTypes: {
    aws_autoscaling_group: {
      generatedName: {},
      computed: (v, ctx) => ({
        id: v.name,
        arn: arn(ctx, 'autoscaling', `autoScalingGroup:${ctx.ids.uuid()}:autoScalingGroupName/${v.name}`),
        availability_zones: [...new Set(subnetZones(v.vpc_zone_identifier, ctx))],
        default_cooldown: 300,
        termination_policies: [],
        service_linked_role_arn: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
      }),
      record: ({ attrs: a }, lookup, ctx) => {
        const lt = (a.launch_template as Attrs[])[0];
        const ltName = lookup('aws_launch_template', (x) => x.id === lt.id)[0]?.attrs.name;
        const asgTags = (a.tag as Attrs[]).map((t) => ({
          resourceId: a.name,
          resourceType: 'auto-scaling-group',
          key: t.key,
          value: t.value,
          propagateAtLaunch: t.propagate_at_launch,
        }));
        return configItem(ctx, {
          resourceType: 'AWS::AutoScaling::AutoScalingGroup',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          availabilityZone: 'Multiple Availability Zones',
          tags: Object.fromEntries((a.tag as Attrs[]).map((t) => [t.key, t.value])),
          configuration: {
            autoScalingGroupName: a.name,
            autoScalingGroupARN: a.arn,
            launchTemplate: { launchTemplateId: lt.id, launchTemplateName: ltName, version: lt.version },
            minSize: a.min_size,
            maxSize: a.max_size,
            desiredCapacity: a.desired_capacity,
            defaultCooldown: 300,
            availabilityZones: a.availability_zones,
            loadBalancerNames: [],
            targetGroupARNs: a.target_group_arns,
            healthCheckType: a.health_check_type,
            healthCheckGracePeriod: a.health_check_grace_period,
            instances: [],
            createdTime: Date.parse(CREATED_AT),
            suspendedProcesses: [],
            enabledMetrics: [],
            tags: asgTags,
            terminationPolicies: ['Default'],
            newInstancesProtectedFromScaleIn: false,
            serviceLinkedRoleARN: a.service_linked_role_arn,
            capacityRebalance: false,
            vpczoneIdentifier: (a.vpc_zone_identifier as string[]).join(','),
          },
          supplementaryConfiguration: { LifeCycleHooks: [] },
        });
      },
    },
  },
  noise: launchedInstances,
};
