import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { block, conf, defined, keys, text } from './helpers';

/** Cloud Control names the configuration `<function name>|<qualifier>`; an unqualified one is `$LATEST`'s. */
function identifier(fn: unknown, qualifier: unknown): string | undefined {
  const name = text(fn);
  if (!name) return undefined;
  // A function ARN (`arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`) or a name.
  const parts = name.split(':');
  const bare = parts.length >= 7 ? parts[6] : name;
  const q = text(qualifier) ?? (parts.length >= 8 ? parts[7] : '$LATEST');
  return `${bare}|${q}`;
}

/**
 * `AWS::Lambda::EventInvokeConfig` read through AWS Cloud Control: AWS Config does not record a function's
 * asynchronous invocation settings (its `AWS::Lambda::Function` item has none).
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_Lambda_EventInvokeConfig.json`): `handlers.read` GetFunctionEventInvokeConfig; `handlers.list`
 * ListFunctionEventInvokeConfigs, whose `handlerSchema` requires `FunctionName`, so ListResources lists one
 * function's configurations (`--resource-model '{"FunctionName":"…"}'`) and is no inventory of every function's;
 * `primaryIdentifier` FunctionName and Qualifier (the identifier `<name>|<qualifier>`); no `readOnlyProperties`,
 * no `writeOnlyProperties`; not taggable.
 */
export const lambdaEventInvokeConfigAdapter: Adapter = {
  configType: 'AWS::Lambda::EventInvokeConfig',
  source: 'cloudcontrol',
  terraformTypes: ['aws_lambda_function_event_invoke_config'],
  folds: [],
  compared: [
    'maximum_event_age_in_seconds',
    'maximum_retry_attempts',
    'destination_config (on_success, on_failure destinations)',
  ],
  joinKey: 'function name and qualifier',
  desiredKeys: (v, s) =>
    keys(identifier(s?.['function_name'], s?.['qualifier']), identifier(v['function_name'], v['qualifier'])),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, identifier(c['FunctionName'], c['Qualifier']));
  },
  expected: (input) => {
    const v = input.values;
    const destinations = block(v['destination_config']);
    return defined({
      maximum_event_age_in_seconds: v['maximum_event_age_in_seconds'],
      maximum_retry_attempts: v['maximum_retry_attempts'],
      destination_config: destinations
        ? defined({
            on_success: block(destinations['on_success'])?.['destination'] ?? null,
            on_failure: block(destinations['on_failure'])?.['destination'] ?? null,
          })
        : input.ownsResource
          ? { on_success: null, on_failure: null }
          : undefined,
    });
  },
  actual: (item) => {
    const c = conf(item);
    const destinations = nested(c, 'DestinationConfig');
    return {
      maximum_event_age_in_seconds: c['MaximumEventAgeInSeconds'],
      maximum_retry_attempts: c['MaximumRetryAttempts'],
      destination_config: {
        on_success: nested(destinations, 'OnSuccess')['Destination'],
        on_failure: nested(destinations, 'OnFailure')['Destination'],
      },
    };
  },
};
