import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import {
  block,
  blocks,
  bool,
  conf,
  defined,
  jsonDocument,
  keys,
  liveTags,
  lower,
  orDefault,
  tagsOf,
  UNKNOWN,
} from './helpers';

/** A log group ARN as Step Functions takes it (`…:log-group:name:*`) or without the `:*`: one destination. */
function logGroupArn(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(/:\*$/, '') : v;
}

/**
 * `AWS::StepFunctions::StateMachine` as AWS Config records it: the CloudFormation resource model (PascalCase). AWS's
 * field inventory lists `StateMachineName`, `StateMachineType`, `RoleArn`, `Arn`, `LoggingConfiguration` (`Level`,
 * `IncludeExecutionData`, `Destinations[].CloudWatchLogsLogGroup.LogGroupArn`), `TracingConfiguration.Enabled` and
 * the tags. The definition is a document the inventory (searchable scalars only) leaves out: it is compared, as JSON,
 * when the item carries `DefinitionString`, and is otherwise unknown. Logging and tracing are compared where the IaC
 * sets them (the provider reads them back as computed when it does not).
 */
export const stepFunctionsStateMachineAdapter: Adapter = {
  configType: 'AWS::StepFunctions::StateMachine',
  terraformTypes: ['aws_sfn_state_machine'],
  folds: [],
  compared: [
    'name',
    'definition (as JSON, when recorded)',
    'role_arn',
    'type',
    'logging_configuration (level, include_execution_data, log_destination)',
    'tracing_configuration.enabled',
    'tags',
  ],
  joinKey: 'state machine ARN (or name)',
  desiredKeys: (v, s) => keys(s?.['arn'], s?.['id'], s?.['name'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, item.arn, item.resourceName, c['Arn'], c['StateMachineName'], c['Name']);
  },
  expected: (input) => {
    const v = input.values;
    const logging = block(v['logging_configuration']);
    const tracing = block(v['tracing_configuration']);
    return defined({
      name: v['name'],
      definition: jsonDocument(v['definition']),
      role_arn: v['role_arn'],
      // The provider's default, sent on create.
      type: lower(orDefault(input, 'type', 'STANDARD')),
      logging_configuration: logging
        ? defined({
            level: lower(logging['level']),
            include_execution_data: bool(logging['include_execution_data']),
            log_destination: logGroupArn(logging['log_destination']),
          })
        : undefined,
      tracing_configuration: tracing ? { enabled: bool(tracing['enabled']) } : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const logging = nested(c, 'LoggingConfiguration');
    const destination = nested(blocks(logging['Destinations'])[0], 'CloudWatchLogsLogGroup');
    const definition = c['DefinitionString'] ?? c['Definition'];
    return {
      name: c['StateMachineName'] ?? c['Name'] ?? item.resourceName,
      definition: definition === undefined ? UNKNOWN : jsonDocument(definition),
      role_arn: c['RoleArn'],
      type: lower(c['StateMachineType']),
      logging_configuration: {
        level: lower(logging['Level'] ?? 'OFF'),
        include_execution_data: bool(logging['IncludeExecutionData']),
        log_destination: logGroupArn(destination['LogGroupArn']),
      },
      tracing_configuration: { enabled: bool(nested(c, 'TracingConfiguration')['Enabled']) },
      tags: liveTags(item),
    };
  },
};
