import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const fn = (extra: Record<string, unknown>) => ({
  aws_lambda_function: {
    f: {
      function_name: 'orders',
      role: '${aws_iam_role.r.arn}',
      runtime: 'nodejs22.x',
      handler: 'main.handler',
      ...extra,
    },
  },
});
const logGroup = (name: unknown) => ({
  aws_cloudwatch_log_group: { logs: { name, retention_in_days: 365 } },
});
const permission = (extra: Record<string, unknown>) => ({
  aws_lambda_permission: {
    p: { action: 'lambda:InvokeFunction', function_name: '${aws_lambda_function.f.function_name}', ...extra },
  },
});

export const LAMBDA_FIXTURES: Record<string, RuleFixtures> = {
  'GW-LMB-001': {
    passes: [
      {
        name: 'a dead-letter queue',
        json: tf(fn({ dead_letter_config: { target_arn: '${aws_sqs_queue.dlq.arn}' } })),
      },
      {
        name: 'an on-failure destination',
        json: tf({
          ...fn({}),
          aws_lambda_function_event_invoke_config: {
            c: {
              function_name: '${aws_lambda_function.f.function_name}',
              destination_config: { on_failure: { destination: '${aws_sqs_queue.dlq.arn}' } },
            },
          },
        }),
      },
    ],
    fails: [
      { name: 'neither', json: tf(fn({})), at: 'aws_lambda_function.f' },
      {
        name: 'an invoke config with only an on-success destination',
        json: tf({
          ...fn({}),
          aws_lambda_function_event_invoke_config: {
            c: { function_name: 'orders', destination_config: { on_success: { destination: 'arn:x' } } },
          },
        }),
        at: 'aws_lambda_function.f',
      },
    ],
  },
  'GW-LMB-002': {
    passes: [
      { name: 'a reserved concurrency', json: tf(fn({ reserved_concurrent_executions: 10 })) },
      { name: 'a function stopped with 0', json: tf(fn({ reserved_concurrent_executions: 0 })) },
    ],
    fails: [
      { name: 'unset', json: tf(fn({})), at: 'aws_lambda_function.f' },
      {
        name: '-1 (unreserved)',
        json: tf(fn({ reserved_concurrent_executions: -1 })),
        at: 'aws_lambda_function.f',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf(fn({ reserved_concurrent_executions: '${var.concurrency}' })),
        at: 'aws_lambda_function.f',
      },
    ],
  },
  'GW-LMB-003': {
    passes: [
      {
        name: 'a code signing config',
        json: tf(fn({ code_signing_config_arn: '${aws_lambda_code_signing_config.c.arn}' })),
      },
      {
        name: 'a container image',
        json: tf(fn({ package_type: 'Image', image_uri: 'x.dkr.ecr.eu-west-1.amazonaws.com/f:1' })),
      },
    ],
    fails: [
      { name: 'no code signing', json: tf(fn({ filename: 'lambda.zip' })), at: 'aws_lambda_function.f' },
    ],
  },
  'GW-LMB-004': {
    passes: [
      { name: 'the default log group declared', json: tf({ ...fn({}), ...logGroup('/aws/lambda/orders') }) },
      {
        name: 'a log group named in logging_config by reference',
        json: tf({
          ...fn({
            logging_config: { log_format: 'JSON', log_group: '${aws_cloudwatch_log_group.logs.name}' },
          }),
          ...logGroup('/custom/orders'),
        }),
      },
      {
        name: 'the default log group, both named from the same variable',
        json: tf({ ...fn({ function_name: '${var.name}' }), ...logGroup('/aws/lambda/${var.name}') }),
      },
      {
        name: 'a log group per function instance',
        json: tf({
          aws_lambda_function: { f: { for_each: { a: 'a', b: 'b' }, function_name: 'orders-${each.key}' } },
          aws_cloudwatch_log_group: {
            logs: { for_each: { a: 'a', b: 'b' }, name: '/aws/lambda/orders-${each.key}' },
          },
        }),
      },
    ],
    fails: [
      { name: 'no log group', json: tf(fn({})), at: 'aws_lambda_function.f' },
      {
        name: 'a log group for another function',
        json: tf({ ...fn({}), ...logGroup('/aws/lambda/other') }),
        at: 'aws_lambda_function.f',
      },
    ],
    undecided: [
      {
        name: 'a computed function name',
        json: tf({ ...fn({ function_name: '${var.name}' }), ...logGroup('/aws/lambda/orders') }),
        at: 'aws_lambda_function.f',
      },
      {
        name: 'a log group named by a variable',
        json: tf(fn({ logging_config: { log_group: '${var.log_group}' } })),
        at: 'aws_lambda_function.f',
      },
    ],
  },
  'GW-LMB-005': {
    passes: [
      {
        name: 'a service principal with source_arn',
        json: tf(
          permission({ principal: 'events.amazonaws.com', source_arn: '${aws_cloudwatch_event_rule.r.arn}' }),
        ),
      },
      {
        name: 'a service principal with source_account',
        json: tf(permission({ principal: 's3.amazonaws.com', source_account: '111122223333' })),
      },
      { name: 'an account principal', json: tf(permission({ principal: '111122223333' })) },
      {
        name: '"*" within the organization',
        json: tf(permission({ principal: '*', principal_org_id: 'o-abc123' })),
      },
    ],
    fails: [
      {
        name: 'a service principal without a source',
        json: tf(permission({ principal: 'sns.amazonaws.com' })),
        at: 'aws_lambda_permission.p',
      },
      { name: 'anyone', json: tf(permission({ principal: '*' })), at: 'aws_lambda_permission.p' },
    ],
    undecided: [
      {
        name: 'a computed principal',
        json: tf(permission({ principal: '${var.principal}' })),
        at: 'aws_lambda_permission.p',
      },
    ],
  },
};
