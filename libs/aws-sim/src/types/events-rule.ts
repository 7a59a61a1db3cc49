// AWS::Events::Rule, in the CloudFormation-registry shape Config records it (PascalCase), with the targets its
// aws_cloudwatch_event_target resources put on it.
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
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
        const targets = lookup(
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
