// AWS::StepFunctions::StateMachine, as Config records it: the CloudFormation model (PascalCase), `resourceId` the
// ARN (the schema's primary identifier) and `resourceName` the name; the definition as the text the IaC gave.
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
import { arn, CREATE_DATE } from './helpers';
import type { SimulatedType } from './simulated-type';

/** The first block of a nested block argument (Terraform lists of one), or undefined. */
function firstBlock(v: unknown): Attrs | undefined {
  const b = Array.isArray(v) ? v[0] : v;
  return b !== null && typeof b === 'object' ? (b as Attrs) : undefined;
}

export const stepFunctionsStateMachine: SimulatedType = {
  awsType: 'AWS::StepFunctions::StateMachine',
  terraformTypes: {
    aws_sfn_state_machine: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const machineArn = arn(ctx, 'states', `stateMachine:${String(v.name)}`);
        return {
          id: machineArn,
          arn: machineArn,
          type: v.type ?? 'STANDARD',
          status: 'ACTIVE',
          creation_date: CREATE_DATE,
          publish: v.publish ?? false,
          // What Step Functions sets when the IaC configures neither (the provider reads both back).
          logging_configuration: v.logging_configuration ?? [
            { level: 'OFF', include_execution_data: false, log_destination: '' },
          ],
          tracing_configuration: v.tracing_configuration ?? [{ enabled: false }],
        };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const logging = firstBlock(a.logging_configuration);
        const tracing = firstBlock(a.tracing_configuration);
        const destination = logging?.log_destination ? String(logging.log_destination) : undefined;
        return configItem(ctx, {
          resourceType: 'AWS::StepFunctions::StateMachine',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags: tagsOf(a),
          configuration: {
            Arn: a.arn,
            StateMachineName: a.name,
            StateMachineType: a.type,
            RoleArn: a.role_arn,
            DefinitionString: a.definition,
            LoggingConfiguration: {
              Level: logging?.level ?? 'OFF',
              IncludeExecutionData: logging?.include_execution_data ?? false,
              ...(destination
                ? { Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: destination } }] }
                : {}),
            },
            TracingConfiguration: { Enabled: tracing?.enabled ?? false },
          },
        });
      },
    },
  },
};
