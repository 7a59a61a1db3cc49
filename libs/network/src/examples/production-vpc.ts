import { Construct } from 'constructs';
import { Vpc } from '../index';

/** The secure, highly available defaults: 3 zones, three tiers, a NAT gateway per zone, flow logs. */
export function productionVpc(scope: Construct): void {
  new Vpc(scope, 'network', {
    name: 'prod',
    interfaceEndpoints: ['ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'logs'],
  });
}
