import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

export const lambdaReservedConcurrency: GuardRule = {
  id: 'GW-LMB-002',
  severity: 'warning',
  title: 'Lambda function should reserve its concurrency',
  why: 'Without a concurrency limit a burst of events (or a loop) lets one function use the whole account concurrency, throttling every other function, and run up cost.',
  fix: 'Set reserved_concurrent_executions to the most parallel runs the function needs (0 stops it; -1, the default, means unreserved).',
  checkov: ['CKV_AWS_115'],
  trivy: [],
  resourceTypes: ['aws_lambda_function'],
  check(fn) {
    const reserved = fn.body.number('reserved_concurrent_executions');
    if (reserved instanceof Expression)
      return [computed('reserved_concurrent_executions', reserved, 'whether a limit is set')];
    return reserved === undefined || reserved < 0
      ? ['reserved_concurrent_executions is not set (unreserved)']
      : [];
  },
};
