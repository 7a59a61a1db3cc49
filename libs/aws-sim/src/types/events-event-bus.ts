// AWS::Events::EventBus, in the CloudFormation-registry shape Config records it (PascalCase), with the resource
// policy an aws_cloudwatch_event_bus_policy puts on it (`Policy`, DescribeEventBus's document, decoded as the
// registry's read handler gives it). Every account has a `default` bus of its own; the IaC's buses are recorded here.
import type { AppliedLookup, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, RecorderContext, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** The bus every account has: AWS services (Config among them) send their events to it. */
function defaultBus(ctx: RecorderContext): ConfigItem {
  const busArn = `arn:aws:events:${ctx.region}:${ctx.account}:event-bus/default`;
  return configItem(ctx, {
    resourceType: 'AWS::Events::EventBus',
    resourceId: 'default',
    resourceName: 'default',
    arn: busArn,
    configuration: { Arn: busArn, Name: 'default' },
  });
}

export const eventsEventBus: SimulatedType = {
  awsType: 'AWS::Events::EventBus',
  terraformTypes: {
    aws_cloudwatch_event_bus: {
      taggable: true,
      computed: (v, ctx) => ({ id: v.name, arn: arn(ctx, 'events', `event-bus/${String(v.name)}`) }),
      record: ({ attrs: a }, lookup, ctx) =>
        configItem(ctx, {
          resourceType: 'AWS::Events::EventBus',
          resourceId: String(a.name),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags: tagsOf(a),
          configuration: {
            Arn: a.arn,
            Name: a.name,
            ...(a.event_source_name ? { EventSourceName: a.event_source_name } : {}),
            ...policyOf(a, lookup),
          },
        }),
    },
    aws_cloudwatch_event_bus_policy: {
      computed: (v) => ({ id: v.event_bus_name ?? 'default', event_bus_name: v.event_bus_name ?? 'default' }),
    },
  },
  noise: (_applied, ctx) => [defaultBus(ctx)],
};

/** The bus's resource policy, when one was put on it: one per bus, the last put wins. */
function policyOf(a: Attrs, lookup: AppliedLookup): { Policy?: unknown } {
  const put = lookup('aws_cloudwatch_event_bus_policy', (p) => p.event_bus_name === a.name).at(-1);
  return put ? { Policy: JSON.parse(String(put.attrs.policy)) } : {};
}
