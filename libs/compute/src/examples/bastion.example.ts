import { Construct } from 'constructs';
import { Port, Vpc } from '@groundwork/network';
import { Bastion, WebAppTiers } from '../index';

/** A Session Manager bastion (no inbound rules) that may forward to the app tier, and an SSH one for a VPN range. */
export function bastionExample(scope: Construct): { ssm: Bastion; ssh: Bastion } {
  const vpc = new Vpc(scope, 'vpc', { cidrBlock: '10.30.0.0/16', azCount: 2, natMode: 'single' });

  const ssm = new Bastion(scope, 'bastion', { vpc });

  const ssh = new Bastion(scope, 'ssh-bastion', {
    vpc,
    instanceType: 't4g.nano',
    sshAllowedCidrs: ['198.51.100.0/24'],
  });

  const tiers = new WebAppTiers(scope, 'tiers', {
    vpc,
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555',
    disableAccessLogs: true,
    deletionProtection: false,
  });
  ssm.allowConnectionsTo(tiers.appSecurityGroup, Port.tcp(8080), 'Port forwarding to the app tier');
  return { ssm, ssh };
}
