import { GuardRule } from '../../model';

export const lambdaDeadLetter: GuardRule = {
  id: 'GW-LMB-001',
  severity: 'warning',
  title: 'Lambda function should keep failed asynchronous events',
  why: 'Asynchronous events that still fail after the retries are dropped silently unless a dead-letter queue or on-failure destination keeps them.',
  fix: 'Set dead_letter_config { target_arn = <SQS queue or SNS topic ARN> }, or an aws_lambda_function_event_invoke_config with destination_config { on_failure { destination = ... } }.',
  checkov: ['CKV_AWS_116'],
  trivy: [],
  differences: [
    'An on-failure destination of an aws_lambda_function_event_invoke_config counts as well; checkov requires dead_letter_config.',
  ],
  resourceTypes: ['aws_lambda_function'],
  check(fn, config) {
    if (fn.body.blocks('dead_letter_config').some((d) => d.has('target_arn'))) return [];
    const onFailure = config
      .referencing('aws_lambda_function_event_invoke_config', 'function_name', fn)
      .some((c) => c.body.blocks('destination_config').some((d) => d.blocks('on_failure').length > 0));
    return onFailure ? [] : ['the function has no dead_letter_config and no on-failure destination'];
  },
};
