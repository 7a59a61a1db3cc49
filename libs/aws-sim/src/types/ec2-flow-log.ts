// AWS::EC2::FlowLog, as Config records it (the field inventory's names; `resourceId` inside is the VPC, subnet or
// network interface the flow log watches).
import { configItem, CREATED_AT, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** The record format AWS uses when the flow log gives none (version 2 fields). */
const DEFAULT_FORMAT =
  '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}';

export const ec2FlowLog: SimulatedType = {
  awsType: 'AWS::EC2::FlowLog',
  terraformTypes: {
    aws_flow_log: {
      taggable: true,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('fl');
        return {
          id,
          arn: arn(ctx, 'ec2', `vpc-flow-log/${id}`),
          log_destination_type: v.log_destination_type ?? 'cloud-watch-logs',
          log_format: v.log_format ?? DEFAULT_FORMAT,
          max_aggregation_interval: v.max_aggregation_interval ?? 600,
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        const watched = a.vpc_id ?? a.subnet_id ?? a.eni_id ?? a.transit_gateway_id;
        const group =
          a.log_destination_type === 'cloud-watch-logs'
            ? lookup('aws_cloudwatch_log_group', (g) => g.arn === a.log_destination)[0]?.attrs.name
            : undefined;
        return configItem(ctx, {
          resourceType: 'AWS::EC2::FlowLog',
          resourceId: id,
          arn: String(a.arn),
          tags,
          configuration: {
            creationTime: CREATED_AT,
            deliverLogsPermissionArn: a.iam_role_arn,
            deliverLogsStatus: 'SUCCESS',
            flowLogId: id,
            flowLogStatus: 'ACTIVE',
            ...(group ? { logGroupName: group } : {}),
            resourceId: watched,
            trafficType: a.traffic_type,
            logDestinationType: a.log_destination_type,
            logDestination: a.log_destination,
            logFormat: a.log_format,
            maxAggregationInterval: a.max_aggregation_interval,
          },
        });
      },
    },
  },
};
