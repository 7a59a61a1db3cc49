import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed, requireTrue } from '../../values';

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
    const type = lb.body.string('load_balancer_type');
    if (type instanceof Expression) {
      return lb.body.bool('drop_invalid_header_fields') === true
        ? []
        : [computed('load_balancer_type', type, 'whether it is an application load balancer')];
    }
    if (type !== undefined && type !== 'application') return [];
    return requireTrue(lb.body, 'drop_invalid_header_fields');
  },
};
