import { Construct } from 'constructs';
import { Vpc } from '../index';

/** A VPC whose address plan is pinned: named zones, fixed prefix lengths, explicit public blocks. */
export function plannedVpc(scope: Construct): void {
  new Vpc(scope, 'network', {
    name: 'shared',
    cidrBlock: '172.20.0.0/20',
    availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
    tiers: {
      public: { cidrBlocks: ['172.20.0.0/26', '172.20.0.64/26', '172.20.0.128/26'] },
      private: { prefixLength: 22 },
      isolated: { prefixLength: 24 },
    },
    flowLogs: {
      destination: { type: 'cloudWatchLogs', retentionDays: 90 },
      maxAggregationIntervalSeconds: 60,
    },
  });
}
