import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';
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
    const enabled = lb.body.blocks('access_logs').map((l) => l.bool('enabled'));
    if (enabled.includes(true)) return [];
    const unknown = enabled.find((e): e is Expression => e instanceof Expression);
    return unknown
      ? [computed('access_logs.enabled', unknown, 'whether access logs are on')]
      : ['access_logs is not enabled'];
  },
};
