import { GuardRule, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';
import { undecided } from '../../values';

export const lambdaLogGroup: GuardRule = {
  id: 'GW-LMB-004',
  severity: 'warning',
  title: 'Lambda function must log to a log group this configuration manages',
  why: 'A function whose log group is not declared gets one created by Lambda on first run, kept forever and unencrypted, outside the IaC and its retention and encryption rules.',
  fix: 'Declare an aws_cloudwatch_log_group named /aws/lambda/<function_name> (with retention_in_days and kms_key_id), or set logging_config { log_group = <its name> }.',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_lambda_function'],
  check(fn, config) {
    const groups = config.ofType('aws_cloudwatch_log_group');
    const configured = fn.body
      .blocks('logging_config')
      .map((c) => c.string('log_group'))
      .find((g) => g !== undefined);
    if (configured instanceof Expression) {
      if (config.referencedBy(configured, 'aws_cloudwatch_log_group').length > 0) return [];
      return [
        undecided(
          `logging_config.log_group is computed (${configured.text}): cannot tell whether this configuration manages it`,
        ),
      ];
    }
    const name = configured ?? defaultGroupName(fn);
    if (name instanceof Expression) {
      return groups.some((g) => nameOf(g) instanceof Expression && (nameOf(g) as Expression).key === name.key)
        ? []
        : [
            undecided(
              `the function name is computed: cannot tell whether its log group ${name.text} is declared`,
            ),
          ];
    }
    if (name === undefined) return [];
    if (groups.some((g) => nameOf(g) === name)) return [];
    return [`no aws_cloudwatch_log_group named ${name} is declared`];
  },
};

function nameOf(group: TerraformResource): string | Expression | undefined {
  return group.body.string('name');
}

/** `/aws/lambda/<function_name>`, the group Lambda writes to unless logging_config names another. */
function defaultGroupName(fn: TerraformResource): string | Expression | undefined {
  const name = fn.body.string('function_name');
  if (name === undefined) return undefined;
  return name instanceof Expression ? new Expression(`/aws/lambda/${name.text}`) : `/aws/lambda/${name}`;
}
