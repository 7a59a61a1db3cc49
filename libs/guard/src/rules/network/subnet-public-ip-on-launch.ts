import { GuardRule } from '../../model';
import { forbidTrue } from '../../values';

export const subnetPublicIpOnLaunch: GuardRule = {
  id: 'GW-NET-006',
  severity: 'warning',
  title: 'Subnet must not assign public IPs on launch',
  why: 'Every instance started in the subnet gets an internet-reachable address, whether or not it was meant to be public.',
  fix: 'Set map_public_ip_on_launch = false; give public addresses explicitly (Elastic IPs, load balancers) where needed.',
  checkov: ['CKV_AWS_130'],
  trivy: ['aws-ec2-no-public-ip-subnet'],
  resourceTypes: ['aws_subnet'],
  check: (subnet) => forbidTrue(subnet.body, 'map_public_ip_on_launch'),
};
