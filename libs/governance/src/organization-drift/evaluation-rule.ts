// The organization custom Config rule that delivers the sweep's changed evaluations: periodic, created from the audit
// (or delegated administrator) account in every member account of one region, invoking the central delivery
// function. AWS Config rules are regional, so each swept region needs one (its provider names the region).
import { ConfigOrganizationCustomRule } from '@cdktf/provider-aws/lib/config-organization-custom-rule';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';

/** How often AWS Config invokes a periodic rule: the values PutOrganizationConfigRule accepts. */
export type EvaluationDeliveryFrequency =
  'One_Hour' | 'Three_Hours' | 'Six_Hours' | 'Twelve_Hours' | 'TwentyFour_Hours';

export interface EvaluationRuleProps {
  readonly ruleName: string;
  readonly functionArn: string;
  readonly frequency: EvaluationDeliveryFrequency;
  readonly excludedAccounts: readonly string[];
  /** The permission that lets AWS Config invoke the function: Config checks it when the rule is created. */
  readonly permission: ITerraformDependable;
  /** The region's provider. @default the stack's own provider */
  readonly provider?: TerraformProvider;
}

export function evaluationRule(
  scope: Construct,
  id: string,
  props: EvaluationRuleProps,
): ConfigOrganizationCustomRule {
  return new ConfigOrganizationCustomRule(scope, id, {
    name: props.ruleName,
    description:
      "Groundwork drift: the organization sweep's compliance for this account's resources (changes only)",
    lambdaFunctionArn: props.functionArn,
    triggerTypes: ['ScheduledNotification'],
    maximumExecutionFrequency: props.frequency,
    excludedAccounts: props.excludedAccounts.length > 0 ? [...props.excludedAccounts] : undefined,
    provider: props.provider,
    dependsOn: [props.permission],
  });
}
