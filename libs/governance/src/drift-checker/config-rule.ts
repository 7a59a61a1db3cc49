// The custom AWS Config rule: change-triggered, oversized and scheduled invocations of the function, whose
// evaluations are the resources' drift compliance.
import { ConfigConfigRule } from '@cdktf/provider-aws/lib/config-config-rule';
import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import type { ITerraformDependable } from 'cdktf';
import type { Construct } from 'constructs';

export interface CheckerConfigRuleProps {
  /** The rule's name. */
  readonly name: string;
  readonly accountId: string;
  readonly function: LambdaFunction;
  readonly resourceTypes: readonly string[];
  /** One of Config's maximum execution frequencies (`TwentyFour_Hours`, …). */
  readonly scheduleFrequency: string;
  readonly dependsOn: readonly ITerraformDependable[];
}

export class CheckerConfigRule {
  readonly rule: ConfigConfigRule;

  constructor(scope: Construct, props: CheckerConfigRuleProps) {
    const fn = props.function;
    // The rule's ARN is not known before the rule, and the rule needs this permission first: scope by account.
    const allowConfig = new LambdaPermission(scope, 'allow-config', {
      statementId: 'AllowConfigRuleInvocations',
      action: 'lambda:InvokeFunction',
      functionName: fn.functionName,
      principal: 'config.amazonaws.com',
      sourceAccount: props.accountId,
    });
    this.rule = new ConfigConfigRule(scope, 'rule', {
      name: props.name,
      description: 'Resources match the committed IaC (Groundwork drift checker)',
      source: {
        owner: 'CUSTOM_LAMBDA',
        sourceIdentifier: fn.arn,
        sourceDetail: [
          { eventSource: 'aws.config', messageType: 'ConfigurationItemChangeNotification' },
          { eventSource: 'aws.config', messageType: 'OversizedConfigurationItemChangeNotification' },
          {
            eventSource: 'aws.config',
            messageType: 'ScheduledNotification',
            maximumExecutionFrequency: props.scheduleFrequency,
          },
        ],
      },
      scope: { complianceResourceTypes: [...props.resourceTypes] },
      dependsOn: [allowConfig, ...props.dependsOn],
    });
  }
}
