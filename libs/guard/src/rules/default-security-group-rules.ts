import { GuardRule } from '../model';
import { blocks } from '../values';

export const defaultSecurityGroupRules: GuardRule = {
  id: 'GW-NET-004',
  severity: 'error',
  title: 'Default security group must have no rules',
  why: 'Anything launched without an explicit security group lands in the default group; rules there silently open new resources.',
  fix: 'Manage aws_default_security_group with no ingress and no egress blocks, and give every resource its own security group.',
  checkov: ['CKV2_AWS_12'],
  trivy: [],
  resourceTypes: ['aws_default_security_group'],
  check(group) {
    const ingress = blocks(group.values.ingress).length;
    const egress = blocks(group.values.egress).length;
    return ingress + egress > 0
      ? [`the default security group has ${ingress} ingress and ${egress} egress rule(s)`]
      : [];
  },
};
