import { worldIngressPortRule } from './world-ingress-port-rule';

export const sgSshOpenToWorld = worldIngressPortRule(22, {
  id: 'GW-NET-001',
  title: 'Security group must not allow SSH (22) from the internet',
  why: 'SSH open to 0.0.0.0/0 or ::/0 is scanned and brute-forced within minutes of going live.',
  fix: 'Restrict the rule to a known CIDR or a bastion security group, or use SSM Session Manager and remove the rule.',
  checkov: ['CKV_AWS_24'],
  trivy: ['aws-ec2-no-public-ingress-sgr'],
});
