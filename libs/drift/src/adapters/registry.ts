import type { LiveSource } from '../live/config-item';
import type { Adapter } from './adapter';
import { autoScalingGroupAdapter } from './autoscaling-group';
import { autoScalingScalingPolicyAdapter } from './autoscaling-scaling-policy';
import { cloudFrontDistributionAdapter } from './cloudfront-distribution';
import { cloudFrontOriginAccessControlAdapter } from './cloudfront-origin-access-control';
import { configConfigRuleAdapter } from './config-config-rule';
import { configConfigurationAggregatorAdapter } from './config-configuration-aggregator';
import { configOrganizationConfigRuleAdapter } from './config-organization-config-rule';
import { configDeliveryChannelAdapter } from './config-delivery-channel';
import { cloudWatchAlarmAdapter } from './cloudwatch-alarm';
import { configConfigurationRecorderAdapter } from './config-configuration-recorder';
import { ec2EipAdapter } from './ec2-eip';
import { ec2FlowLogAdapter } from './ec2-flow-log';
import { ec2InstanceAdapter } from './ec2-instance';
import { ec2InternetGatewayAdapter } from './ec2-internet-gateway';
import { ec2LaunchTemplateAdapter } from './ec2-launch-template';
import { ec2NatGatewayAdapter } from './ec2-nat-gateway';
import { ec2RouteTableAdapter } from './ec2-route-table';
import { ec2SecurityGroupAdapter } from './ec2-security-group';
import { ec2SubnetAdapter } from './ec2-subnet';
import { ec2VpcAdapter } from './ec2-vpc';
import { ec2VpcEndpointAdapter } from './ec2-vpc-endpoint';
import { elbv2ListenerAdapter } from './elbv2-listener';
import { elbv2LoadBalancerAdapter } from './elbv2-load-balancer';
import { elbv2TargetGroupAdapter } from './elbv2-target-group';
import { iamAccountPasswordPolicyAdapter } from './iam-account-password-policy';
import { eventsEventBusAdapter } from './events-event-bus';
import { eventsRuleAdapter } from './events-rule';
import { eventsRuleCloudControlAdapter } from './events-rule-cloudcontrol';
import { iamGroupAdapter } from './iam-group';
import { iamOidcProviderAdapter } from './iam-oidc-provider';
import { iamPolicyAdapter } from './iam-policy';
import { iamRoleAdapter } from './iam-role';
import { iamUserAdapter } from './iam-user';
import { kmsAliasAdapter } from './kms-alias';
import { kmsKeyAdapter } from './kms-key';
import { lambdaEventInvokeConfigAdapter } from './lambda-event-invoke-config';
import { lambdaFunctionAdapter } from './lambda-function';
import { logsLogGroupAdapter } from './logs-log-group';
import { organizationsAccountAdapter } from './organizations-account';
import { organizationsOrganizationAdapter } from './organizations-organization';
import { organizationsOrganizationalUnitAdapter } from './organizations-organizational-unit';
import { organizationsPolicyAdapter } from './organizations-policy';
import { rdsDbInstanceAdapter } from './rds-db-instance';
import { rdsDbParameterGroupAdapter } from './rds-db-parameter-group';
import { rdsDbSubnetGroupAdapter } from './rds-db-subnet-group';
import { s3BucketAdapter } from './s3-bucket';
import { secretsManagerSecretAdapter } from './secretsmanager-secret';
import { snsSubscriptionAdapter } from './sns-subscription';
import { snsTopicAdapter } from './sns-topic';
import { sqsQueueAdapter } from './sqs-queue';
import { stepFunctionsStateMachineAdapter } from './stepfunctions-state-machine';

export const ADAPTERS: readonly Adapter[] = [
  ec2VpcAdapter,
  ec2SubnetAdapter,
  ec2InternetGatewayAdapter,
  ec2NatGatewayAdapter,
  ec2EipAdapter,
  ec2RouteTableAdapter,
  ec2SecurityGroupAdapter,
  ec2VpcEndpointAdapter,
  ec2FlowLogAdapter,
  ec2InstanceAdapter,
  ec2LaunchTemplateAdapter,
  autoScalingGroupAdapter,
  autoScalingScalingPolicyAdapter,
  elbv2LoadBalancerAdapter,
  elbv2ListenerAdapter,
  s3BucketAdapter,
  iamRoleAdapter,
  iamUserAdapter,
  iamGroupAdapter,
  iamPolicyAdapter,
  iamOidcProviderAdapter,
  rdsDbInstanceAdapter,
  rdsDbSubnetGroupAdapter,
  secretsManagerSecretAdapter,
  lambdaFunctionAdapter,
  snsTopicAdapter,
  kmsKeyAdapter,
  kmsAliasAdapter,
  sqsQueueAdapter,
  eventsEventBusAdapter,
  eventsRuleAdapter,
  cloudWatchAlarmAdapter,
  configConfigurationRecorderAdapter,
  cloudFrontDistributionAdapter,
  stepFunctionsStateMachineAdapter,
  // Types AWS Config does not record: read through Cloud Control, or directly where Cloud Control cannot.
  organizationsOrganizationAdapter,
  organizationsOrganizationalUnitAdapter,
  organizationsPolicyAdapter,
  organizationsAccountAdapter,
  iamAccountPasswordPolicyAdapter,
  logsLogGroupAdapter,
  elbv2TargetGroupAdapter,
  rdsDbParameterGroupAdapter,
  cloudFrontOriginAccessControlAdapter,
  configConfigRuleAdapter,
  configOrganizationConfigRuleAdapter,
  configDeliveryChannelAdapter,
  lambdaEventInvokeConfigAdapter,
  snsSubscriptionAdapter,
  configConfigurationAggregatorAdapter,
  // Fallbacks: a second source for a type above, compared only where the preferred one has no live input.
  eventsRuleCloudControlAdapter,
];

const preferred = ADAPTERS.filter((a) => a.fallback !== true);

/**
 * The types the engine adapts that each source reads wherever it reads: fallbacks left out, since they are read only
 * where the preferred source does not record their type (FALLBACK_ADAPTERS).
 */
export const ADAPTED_TYPES_BY_SOURCE: Readonly<Record<LiveSource, readonly string[]>> = {
  config: preferred.filter((a) => (a.source ?? 'config') === 'config').map((a) => a.configType),
  cloudcontrol: preferred.filter((a) => a.source === 'cloudcontrol').map((a) => a.configType),
  direct: preferred.filter((a) => a.source === 'direct').map((a) => a.configType),
};

/** Adapters of a second source for a type, each with the preferred adapter it falls back from. */
export const FALLBACK_ADAPTERS: readonly { readonly adapter: Adapter; readonly preferred: Adapter }[] =
  ADAPTERS.filter((a) => a.fallback === true).map((adapter) => {
    const of = preferred.find((p) => p.terraformTypes.includes(adapter.terraformTypes[0] ?? ''));
    if (!of)
      throw new Error(`fallback adapter ${adapter.configType} (${adapter.source}) falls back from nothing`);
    return { adapter, preferred: of };
  });

/** AWS Config resource types the engine adapts: what a reader asks AWS Config for (other sources have their own). */
export const ADAPTED_RESOURCE_TYPES: readonly string[] = ADAPTED_TYPES_BY_SOURCE.config;
