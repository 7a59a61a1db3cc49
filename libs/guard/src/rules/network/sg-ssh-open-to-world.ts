import { worldIngressPortRule } from '../factories/world-ingress-port-rule';

export const sgSshOpenToWorld = worldIngressPortRule(22, {
  id: 'GW-NET-001',
  title: 'Security group must not allow SSH (22) from the internet',
  why: 'SSH open to 0.0.0.0/0 or ::/0 is scanned and brute-forced within minutes of going live.',
  fix: 'Restrict the rule to a known CIDR or a bastion security group, or use SSM Session Manager and remove the rule.',
  checkov: ['CKV_AWS_24'],
  trivy: ['aws-ec2-no-public-ingress-sgr'],
  differences: [
    'Every protocol or every port open to the world is GW-NET-003, not this rule; checkov reports it here too.',
    'A TCP rule from port 0 to port 0 opens port 0 only and passes; checkov reads 0-0 as every port.',
    'A rule resource without any CIDR (only security groups or prefix lists) passes; checkov reports an aws_vpc_security_group_ingress_rule without cidr_ipv4.',
  ],
});
