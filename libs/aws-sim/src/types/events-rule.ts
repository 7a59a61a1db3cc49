// AWS::Events::Rule, in the CloudFormation-registry shape Config records it (PascalCase), with the targets its
// aws_cloudwatch_event_target resources put on it; and as Cloud Control reads it where Config does not record it:
// GetResource's model (EventPattern an object, Tags a list) and ListResources' summary (the Arn only).
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import { configItem, type RecorderContext, tagsOf } from '../config/config-item';
import { cloudFormationTags, type CloudControlResource, setProperties } from '../live/cloud-control-resource';
import { arn, CREATE_DATE } from './helpers';
import type { SimulatedType } from './simulated-type';

export const eventsRule: SimulatedType = {
  awsType: 'AWS::Events::Rule',
  terraformTypes: {
    aws_cloudwatch_event_rule: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const bus = String(v.event_bus_name ?? 'default');
        const path = bus === 'default' ? String(v.name) : `${bus}/${String(v.name)}`;
        return {
          id: bus === 'default' ? v.name : `${bus}/${String(v.name)}`,
          arn: arn(ctx, 'events', `rule/${path}`),
          event_bus_name: bus,
          state: v.state ?? (v.is_enabled === false ? 'DISABLED' : 'ENABLED'),
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const targets = targetsOf(a, lookup);
        return configItem(ctx, {
          resourceType: 'AWS::Events::Rule',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            Arn: a.arn,
            Name: a.name,
            ...(a.description ? { Description: a.description } : {}),
            EventBusName: a.event_bus_name,
            ...(a.event_pattern ? { EventPattern: JSON.stringify(JSON.parse(String(a.event_pattern))) } : {}),
            ...(a.schedule_expression ? { ScheduleExpression: a.schedule_expression } : {}),
            ...(a.role_arn ? { RoleArn: a.role_arn } : {}),
            State: a.state,
            Targets: targets,
          },
        });
      },
      cloudControl: readThroughCloudControl,
    },
    aws_cloudwatch_event_target: {
      // The provider names a target with a unique id when the configuration gives none.
      computed: (v, ctx) => {
        const targetId = v.target_id ?? `terraform-${CREATE_DATE.replace(/\D/g, '')}${ctx.ids.hex(8)}`;
        return {
          id: `${String(v.event_bus_name ?? 'default')}-${String(v.rule)}-${String(targetId)}`,
          target_id: targetId,
          event_bus_name: v.event_bus_name ?? 'default',
        };
      },
    },
  },
};

/** The targets put on a rule, as DescribeRule's caller sees them (ListTargetsByRule). */
function targetsOf(a: Attrs, lookup: AppliedLookup): Record<string, unknown>[] {
  return lookup(
    'aws_cloudwatch_event_target',
    (t) => t.rule === a.name && (t.event_bus_name ?? 'default') === a.event_bus_name,
  ).map(({ attrs: t }) => ({
    Id: t.target_id,
    Arn: t.arn,
    ...(t.role_arn ? { RoleArn: t.role_arn } : {}),
    ...(t.input ? { Input: t.input } : {}),
    ...(t.input_path ? { InputPath: t.input_path } : {}),
    ...((t.dead_letter_config as Attrs[] | undefined)?.[0]
      ? { DeadLetterConfig: { Arn: (t.dead_letter_config as Attrs[])[0].arn } }
      : {}),
  }));
}

/** The rule as Cloud Control's read handler models it (DescribeRule, ListTargetsByRule, ListTagsForResource). */
function readThroughCloudControl(
  { attrs: a, region }: AppliedResource,
  lookup: AppliedLookup,
  ctx: RecorderContext,
): CloudControlResource {
  const properties = setProperties({
    Arn: a.arn,
    Name: a.name,
    Description: a.description,
    EventBusName: a.event_bus_name,
    EventPattern: a.event_pattern ? JSON.parse(String(a.event_pattern)) : undefined,
    ScheduleExpression: a.schedule_expression,
    RoleArn: a.role_arn,
    State: a.state,
    Targets: targetsOf(a, lookup),
    Tags: cloudFormationTags(tagsOf(a)),
  });
  return {
    typeName: 'AWS::Events::Rule',
    identifier: String(a.arn),
    region: region ?? ctx.region,
    properties,
    // The list handler (ListRules) returns the primary identifier only.
    listed: { Arn: a.arn },
  };
}
