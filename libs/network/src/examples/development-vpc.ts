import { Construct } from 'constructs';
import { Vpc } from '../index';

/** A cheaper development network: two zones, one NAT gateway, flow logs to an S3 bucket, no isolated tier. */
export function developmentVpc(scope: Construct): void {
  new Vpc(scope, 'network', {
    name: 'dev',
    cidrBlock: '10.20.0.0/16',
    azCount: 2,
    natMode: 'single', // cost option: one NAT gateway, so egress from every zone depends on one zone
    tiers: { public: {}, private: {} },
    flowLogs: {
      destination: { type: 's3', bucketArn: 'arn:aws:s3:::example-dev-flow-logs' },
      trafficType: 'REJECT',
    },
  });
}
