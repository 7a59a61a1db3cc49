import { cloudControlItem, engineFor } from '../fixtures/harness';

const drift = {
  resources: {
    aws_lambda_function: {
      fn: { function_name: 'groundwork-dev-drift-checker', role: 'arn:aws:iam::111122223333:role/r' },
    },
    aws_lambda_function_event_invoke_config: {
      async: {
        function_name: '${aws_lambda_function.fn.function_name}',
        maximum_event_age_in_seconds: 21600,
        maximum_retry_attempts: 2,
      },
    },
  },
};

/** GetResource of `groundwork-dev-drift-checker|$LATEST`. */
const config = (properties: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::Lambda::EventInvokeConfig', 'groundwork-dev-drift-checker|$LATEST', {
    FunctionName: 'groundwork-dev-drift-checker',
    Qualifier: '$LATEST',
    MaximumEventAgeInSeconds: 21600,
    MaximumRetryAttempts: 2,
    ...properties,
  });

describe('AWS::Lambda::EventInvokeConfig adapter (Cloud Control)', () => {
  const engine = engineFor({ drift });

  it('joins an unqualified configuration to $LATEST and is in sync', () => {
    expect(engine.checkItem(config())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_lambda_function_event_invoke_config.async',
    });
  });

  it('reports retries turned off and a destination added by hand', () => {
    const changed = config({
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:eu-west-1:999999999999:elsewhere' } },
    });
    expect(engine.checkItem(changed).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['maximum_retry_attempts', 2, 0],
      ['destination_config.on_success', null, 'arn:aws:sqs:eu-west-1:999999999999:elsewhere'],
    ]);
  });
});
