import { Construct } from 'constructs';
import { suppress } from '@groundwork/governance';
import { Vpc } from '@groundwork/network';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

// Interface endpoints let private instances reach these services without NAT; they cost per zone and hour, so
// only environments with NAT per zone (production-like) get them.
const INTERFACE_ENDPOINTS = ['ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'logs'];

/** `network-<env>`: the VPC with public, private and isolated tiers, NAT, endpoints and flow logs. */
export class NetworkStack extends EnvironmentStack {
  readonly vpc: Vpc;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    const { env, org } = props;
    this.vpc = new Vpc(this, 'vpc', {
      name: `${org.project}-${env.name}`,
      cidrBlock: env.vpcCidr,
      azCount: env.azCount,
      natMode: env.natMode,
      interfaceEndpoints: env.natMode === 'perAz' ? INTERFACE_ENDPOINTS : [],
    });
    if (this.vpc.flowLogs?.logGroup) {
      suppress(
        this.vpc.flowLogs.logGroup,
        'GW-LOG-001',
        'flow log records hold addresses, ports and byte counts, no payload, and CloudWatch Logs encrypts them with ' +
          'an AWS-owned key; the platform has no customer-managed key for network logs yet (Vpc takes one as ' +
          'flowLogs.destination.kmsKeyArn)',
      );
    }
  }
}
