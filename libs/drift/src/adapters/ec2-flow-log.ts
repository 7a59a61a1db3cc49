import { NormMatch } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { block, bool, conf, defined, get, keys, liveTags, lower, maybe, orDefault, tagsOf } from './helpers';

/**
 * A destination ARN, with or without the `:*` suffix CloudWatch Logs ARNs sometimes carry; an item that names the
 * log group only (older items record `logGroupName`) matches the ARN of that group.
 */
function destination(v: unknown): unknown {
  return maybe(v, (arn) => {
    const bare = (s: unknown): string => String(s).replace(/:\*$/, '');
    const want = bare(arn);
    return new NormMatch(
      want,
      (actual) =>
        typeof actual === 'string' &&
        (bare(actual) === want || (!actual.startsWith('arn:') && want.endsWith(`:log-group:${actual}`))),
    );
  });
}

export const ec2FlowLogAdapter: Adapter = {
  configType: 'AWS::EC2::FlowLog',
  terraformTypes: ['aws_flow_log'],
  folds: [],
  compared: [
    'resource_id (its vpc_id, subnet_id, eni_id or transit gateway)',
    'traffic_type',
    'log_destination_type',
    'log_destination',
    'iam_role_arn',
    'max_aggregation_interval',
    'log_format',
    'destination_options',
    'tags',
  ],
  joinKey: 'flow log id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['flowLogId']),
  expected: (input) => {
    const v = input.values;
    const options = block(v['destination_options']);
    return defined({
      resource_id:
        v['vpc_id'] ??
        v['subnet_id'] ??
        v['eni_id'] ??
        v['transit_gateway_id'] ??
        v['transit_gateway_attachment_id'],
      traffic_type: lower(v['traffic_type']),
      // The provider's defaults, always sent on create.
      log_destination_type: lower(orDefault(input, 'log_destination_type', 'cloud-watch-logs')),
      log_destination: destination(v['log_destination'] ?? v['log_group_name']),
      iam_role_arn: v['iam_role_arn'],
      max_aggregation_interval: orDefault(input, 'max_aggregation_interval', 600),
      log_format: v['log_format'],
      destination_options: options
        ? defined({
            file_format: lower(options['file_format']),
            hive_compatible_partitions: bool(options['hive_compatible_partitions']),
            per_hour_partition: bool(options['per_hour_partition']),
          })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      resource_id: c['resourceId'],
      traffic_type: lower(c['trafficType']),
      log_destination_type: lower(c['logDestinationType']),
      log_destination: c['logDestination'] ?? c['logGroupName'],
      iam_role_arn: c['deliverLogsPermissionArn'],
      max_aggregation_interval: c['maxAggregationInterval'],
      log_format: c['logFormat'],
      destination_options: {
        file_format: lower(get(c, 'destinationOptions.fileFormat')),
        hive_compatible_partitions: bool(get(c, 'destinationOptions.hiveCompatiblePartitions')),
        per_hour_partition: bool(get(c, 'destinationOptions.perHourPartition')),
      },
      tags: liveTags(item),
    };
  },
};
