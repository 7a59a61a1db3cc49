// The EventBridge trigger: AWS Config's change events of the compared types, delivered to the function.
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import type { Construct } from 'constructs';
import { configChangePattern } from './event-pattern';

export interface CheckerEventRulesProps {
  readonly namePrefix: string;
  readonly resourceTypes: readonly string[];
  readonly function: LambdaFunction;
}

export class CheckerEventRules {
  readonly configChanges: CloudwatchEventRule;

  constructor(scope: Construct, props: CheckerEventRulesProps) {
    const fn = props.function;
    this.configChanges = new CloudwatchEventRule(scope, 'config-changes', {
      name: `${props.namePrefix}-config-changes`,
      description: 'AWS Config item changes of the types the drift engine compares',
      eventPattern: JSON.stringify(configChangePattern(props.resourceTypes)),
    });
    new CloudwatchEventTarget(scope, 'config-changes-target', { rule: this.configChanges.name, arn: fn.arn });
    new LambdaPermission(scope, 'allow-eventbridge', {
      statementId: 'AllowConfigChangeEvents',
      action: 'lambda:InvokeFunction',
      functionName: fn.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: this.configChanges.arn,
    });
  }
}
