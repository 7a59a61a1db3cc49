import { GuardRule } from '../model';
import { blocks, isTrue, isUnresolved } from '../values';
import { LOAD_BALANCER_TYPES } from './alb-drop-invalid-headers';

export const albAccessLogs: GuardRule = {
  id: 'GW-ALB-004',
  severity: 'warning',
  title: 'Load balancer must write access logs',
  why: 'Access logs are the only record of who sent which request through the load balancer.',
  fix: 'Add access_logs { bucket = <log bucket>, enabled = true } to the aws_lb.',
  checkov: ['CKV_AWS_91'],
  trivy: [],
  resourceTypes: LOAD_BALANCER_TYPES,
  check(lb) {
    const logs = blocks(lb.values.access_logs);
    const enabled = logs.some((l) => isTrue(l.enabled) || isUnresolved(l.enabled));
    return enabled ? [] : ['access_logs is not enabled'];
  },
};
