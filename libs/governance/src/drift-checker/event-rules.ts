// The EventBridge triggers: AWS Config's change events of the compared types, and the fast path's CloudTrail calls
// that change the types Config does not record, delivered to the function.
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { CLOUDTRAIL_CHANGES, cloudTrailChangePattern } from '@groundwork/drift';
import type { TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';
import type { CheckerAccount } from './checker-account';
import { configChangePattern } from './event-pattern';

export interface CheckerEventRulesProps {
  readonly account: CheckerAccount;
  readonly namePrefix: string;
  readonly resourceTypes: readonly string[];
  /** The Cloud Control and direct types read: the fast path re-reads them on the calls that change them. */
  readonly otherLiveTypes: readonly string[];
  /**
   * An AWS provider in us-east-1, where CloudTrail delivers the events of global services (Organizations, IAM,
   * CloudFront) to EventBridge; a rule there forwards them to this region's default bus. Null: none is forwarded
   * (right when the checker itself runs in us-east-1).
   */
  readonly globalEventsProvider: TerraformProvider | null;
  readonly function: LambdaFunction;
}

export class CheckerEventRules {
  readonly configChanges: CloudwatchEventRule;
  /** The fast path's rule in the function's region; null when no type it covers is read. */
  readonly cloudTrailChanges: CloudwatchEventRule | null = null;
  /** The us-east-1 rule that forwards global services' calls here; null without a us-east-1 provider. */
  readonly globalCloudTrailChanges: CloudwatchEventRule | null = null;

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

    const changes = CLOUDTRAIL_CHANGES.filter((c) => props.otherLiveTypes.includes(c.resourceType));
    if (changes.length === 0) return;
    // Every call, regional or forwarded from us-east-1, arrives on this region's default bus.
    this.cloudTrailChanges = new CloudwatchEventRule(scope, 'cloudtrail-changes', {
      name: `${props.namePrefix}-cloudtrail-changes`,
      description: 'CloudTrail calls that change the types AWS Config does not record: re-read and compare',
      eventPattern: JSON.stringify(cloudTrailChangePattern(changes)),
    });
    new CloudwatchEventTarget(scope, 'cloudtrail-changes-target', {
      rule: this.cloudTrailChanges.name,
      arn: fn.arn,
    });
    new LambdaPermission(scope, 'allow-cloudtrail-changes', {
      statementId: 'AllowCloudTrailChangeEvents',
      action: 'lambda:InvokeFunction',
      functionName: fn.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: this.cloudTrailChanges.arn,
    });

    const global = changes.filter((c) => c.global);
    if (!props.globalEventsProvider || global.length === 0) return;
    const { partition, region, accountId } = props.account;
    const defaultBus = `arn:${partition}:events:${region}:${accountId}:event-bus/default`;
    const trust = new DataAwsIamPolicyDocument(scope, 'forward-assume-role', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] }],
        },
      ],
    });
    const forward = new DataAwsIamPolicyDocument(scope, 'forward-policy', {
      statement: [{ sid: 'ForwardToCheckerRegion', actions: ['events:PutEvents'], resources: [defaultBus] }],
    });
    const role = new IamRole(scope, 'forward-role', {
      name: `${props.namePrefix}-forward-global-calls`,
      description: 'Groundwork drift checker: forwards global services’ CloudTrail calls from us-east-1',
      assumeRolePolicy: trust.json,
      inlinePolicy: [{ name: 'forward', policy: forward.json }],
    });
    this.globalCloudTrailChanges = new CloudwatchEventRule(scope, 'global-cloudtrail-changes', {
      provider: props.globalEventsProvider,
      name: `${props.namePrefix}-global-cloudtrail-changes`,
      description:
        'Global services’ CloudTrail calls (delivered in us-east-1 only), forwarded to the drift checker',
      eventPattern: JSON.stringify(cloudTrailChangePattern(global)),
    });
    new CloudwatchEventTarget(scope, 'global-cloudtrail-changes-target', {
      provider: props.globalEventsProvider,
      rule: this.globalCloudTrailChanges.name,
      arn: defaultBus,
      roleArn: role.arn,
    });
  }
}
