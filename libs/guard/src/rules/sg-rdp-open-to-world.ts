import { worldIngressPortRule } from './world-ingress-port-rule';

export const sgRdpOpenToWorld = worldIngressPortRule(3389, {
  id: 'GW-NET-002',
  title: 'Security group must not allow RDP (3389) from the internet',
  why: 'RDP open to 0.0.0.0/0 or ::/0 is a common ransomware entry point.',
  fix: 'Restrict the rule to a known CIDR or a bastion security group, or use SSM Fleet Manager and remove the rule.',
  checkov: ['CKV_AWS_25'],
  trivy: ['aws-ec2-no-public-ingress-sgr'],
});
