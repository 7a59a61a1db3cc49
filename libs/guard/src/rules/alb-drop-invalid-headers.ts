import { GuardRule } from '../model';
import { isTrue, isUnresolved } from '../values';

export const LOAD_BALANCER_TYPES = ['aws_lb', 'aws_alb'] as const;

export const albDropInvalidHeaders: GuardRule = {
  id: 'GW-ALB-003',
  severity: 'error',
  title: 'Application load balancer must drop invalid HTTP headers',
  why: 'Forwarding malformed headers lets an attacker smuggle requests past the load balancer to the targets (HTTP desync).',
  fix: 'Set drop_invalid_header_fields = true on the aws_lb.',
  checkov: ['CKV_AWS_131'],
  trivy: ['aws-elb-drop-invalid-headers'],
  resourceTypes: LOAD_BALANCER_TYPES,
  check(lb) {
    const type = lb.values.load_balancer_type;
    if (type !== undefined && type !== 'application') return [];
    const drop = lb.values.drop_invalid_header_fields;
    return isTrue(drop) || isUnresolved(drop) ? [] : ['drop_invalid_header_fields is not true'];
  },
};
