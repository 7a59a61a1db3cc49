import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const arn = 'arn:aws:states:eu-west-1:111122223333:stateMachine:drift-sweep';
const role = 'arn:aws:iam::111122223333:role/drift-sweep';
const logGroup = 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/vendedlogs/states/drift-sweep';
const definition = {
  Comment: 'Sweep',
  StartAt: 'Plan',
  States: { Plan: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
};

// A state machine as AWS Config records it: the CloudFormation model, `resourceId` its ARN (the primary identifier).
const machine = {
  Arn: arn,
  StateMachineName: 'drift-sweep',
  StateMachineType: 'STANDARD',
  RoleArn: role,
  LoggingConfiguration: {
    Level: 'ERROR',
    IncludeExecutionData: false,
    Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: `${logGroup}:*` } }],
  },
  TracingConfiguration: { Enabled: true },
};
// The definition as Step Functions stores it: the text given, here indented and with its keys in another order.
const recorded = (c: Record<string, unknown>, def: unknown = definition) =>
  configItem(
    'AWS::StepFunctions::StateMachine',
    arn,
    { ...c, DefinitionString: JSON.stringify(def, null, 2) },
    { resourceName: 'drift-sweep', ARN: arn, tags: { team: 'platform' } },
  );

describe('AWS::StepFunctions::StateMachine adapter', () => {
  const engine = engineFor({
    drift: {
      resources: {
        aws_sfn_state_machine: {
          sweep: {
            name: 'drift-sweep',
            role_arn: '${aws_iam_role.sweep.arn}',
            definition: JSON.stringify({ StartAt: 'Plan', Comment: 'Sweep', States: definition.States }),
            logging_configuration: {
              level: 'ERROR',
              include_execution_data: false,
              log_destination: `${logGroup}:*`,
            },
            tracing_configuration: { enabled: true },
            tags: { team: 'platform' },
          },
        },
      },
      state: {
        'aws_sfn_state_machine.sweep': { id: arn, arn, name: 'drift-sweep' },
        'aws_iam_role.sweep': { id: 'drift-sweep', arn: role },
      },
    },
  });

  it('builds on an item that uses the field inventory’s names (the definition is a document it leaves out)', () => {
    expect(pathsMissingFromInventory('AWS::StepFunctions::StateMachine', machine)).toEqual([]);
  });

  it('is IN_SYNC, the definition compared as JSON and the standard type the provider’s default', () => {
    expect(engine.checkItem(recorded(machine))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_sfn_state_machine.sweep',
      differences: [],
    });
  });

  it('reports a state edited in the console, on the right resource', () => {
    const edited = {
      ...definition,
      States: {
        Plan: { ...definition.States.Plan, Resource: 'arn:aws:lambda:eu-west-1:444455556666:function:x' },
      },
    };
    const result = engine.checkItem(recorded(machine, edited));
    expect(result).toMatchObject({ status: 'MODIFIED', address: 'aws_sfn_state_machine.sweep' });
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([['definition', 'NOT_EQUAL']]);
  });

  it('reports the role swapped, logging turned off, tracing disabled and a tag changed', () => {
    const changed = configItem(
      'AWS::StepFunctions::StateMachine',
      arn,
      {
        ...machine,
        DefinitionString: JSON.stringify(definition),
        RoleArn: 'arn:aws:iam::111122223333:role/admin',
        LoggingConfiguration: { Level: 'OFF', IncludeExecutionData: false },
        TracingConfiguration: { Enabled: false },
      },
      { resourceName: 'drift-sweep', tags: { team: 'other' } },
    );
    expect(engine.checkItem(changed).differences.map((d) => [d.path, d.type])).toEqual([
      ['role_arn', 'NOT_EQUAL'],
      ['logging_configuration.level', 'NOT_EQUAL'],
      ['logging_configuration.log_destination', 'REMOVE'],
      ['tracing_configuration.enabled', 'NOT_EQUAL'],
      ['tags.team', 'NOT_EQUAL'],
    ]);
  });

  it('does not compare the definition of an item that does not carry it', () => {
    const item = configItem('AWS::StepFunctions::StateMachine', arn, machine, {
      resourceName: 'drift-sweep',
      tags: { team: 'platform' },
    });
    expect(engine.checkItem(item).status).toBe('IN_SYNC');
  });

  it('reports an express machine where the IaC leaves the type to the provider’s default', () => {
    const bare = engineFor({
      drift: {
        resources: {
          aws_sfn_state_machine: { m: { name: 'drift-sweep', role_arn: role, definition: '{}' } },
        },
      },
    });
    const item = configItem(
      'AWS::StepFunctions::StateMachine',
      arn,
      {
        Arn: arn,
        StateMachineName: 'drift-sweep',
        StateMachineType: 'EXPRESS',
        RoleArn: role,
        DefinitionString: '{}',
      },
      { resourceName: 'drift-sweep' },
    );
    expect(bare.checkItem(item).differences).toEqual([
      { path: 'type', expected: 'STANDARD', actual: 'EXPRESS', type: 'NOT_EQUAL' },
    ]);
  });
});
