import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

// A VPC flow log to CloudWatch Logs as Config records it (the inventory's names; `resourceId` is the VPC).
const flowLog = {
  flowLogId: 'fl-0a1b2c3d4e5f60718',
  creationTime: '2026-11-20T09:14:07.000Z',
  deliverLogsPermissionArn: 'arn:aws:iam::111122223333:role/flow-logs',
  deliverLogsStatus: 'SUCCESS',
  flowLogStatus: 'ACTIVE',
  logDestination: 'arn:aws:logs:eu-west-1:111122223333:log-group:/vpc/flow-logs',
  logDestinationType: 'cloud-watch-logs',
  logGroupName: '/vpc/flow-logs',
  logFormat:
    '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
  maxAggregationInterval: 600,
  resourceId: 'vpc-0c9d8e7f6a5b4c3d2',
  trafficType: 'ALL',
};
const item = (c: Record<string, unknown>) =>
  configItem('AWS::EC2::FlowLog', 'fl-0a1b2c3d4e5f60718', c, { tags: { Name: 'flow-logs' } });

const engine = engineFor({
  net: {
    resources: {
      aws_flow_log: {
        vpc: {
          vpc_id: '${aws_vpc.main.id}',
          traffic_type: 'ALL',
          log_destination: '${aws_cloudwatch_log_group.flow.arn}',
          iam_role_arn: 'arn:aws:iam::111122223333:role/flow-logs',
          tags: { Name: 'flow-logs' },
        },
      },
    },
    state: {
      'aws_flow_log.vpc': { id: 'fl-0a1b2c3d4e5f60718' },
      'aws_vpc.main': { id: 'vpc-0c9d8e7f6a5b4c3d2' },
      'aws_cloudwatch_log_group.flow': {
        id: '/vpc/flow-logs',
        arn: 'arn:aws:logs:eu-west-1:111122223333:log-group:/vpc/flow-logs',
      },
    },
  },
});

describe('AWS::EC2::FlowLog adapter', () => {
  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::EC2::FlowLog', flowLog)).toEqual([]);
  });

  it('is IN_SYNC, with the provider’s defaults (CloudWatch Logs, 600 s) and a destination written with `:*`', () => {
    expect(engine.checkItem(item(flowLog))).toMatchObject({ status: 'IN_SYNC', differences: [] });
    const starred = { ...flowLog, logDestination: `${flowLog.logDestination}:*` };
    expect(engine.checkItem(item(starred)).status).toBe('IN_SYNC');
  });

  it('reports traffic narrowed to rejected packets and a shorter aggregation interval', () => {
    const changed = { ...flowLog, trafficType: 'REJECT', maxAggregationInterval: 60 };
    expect(engine.checkItem(item(changed)).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['traffic_type', 'ALL', 'REJECT'],
      ['max_aggregation_interval', 600, 60],
    ]);
  });

  it('reports a flow log AWS Config recorded as deleted', () => {
    const deleted = configItem('AWS::EC2::FlowLog', 'fl-0a1b2c3d4e5f60718', null, {
      configurationItemStatus: 'ResourceDeleted',
    });
    expect(engine.checkItem(deleted)).toMatchObject({ status: 'DELETED', address: 'aws_flow_log.vpc' });
  });
});
