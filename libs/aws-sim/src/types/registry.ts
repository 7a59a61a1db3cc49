// Every AWS type the simulated account knows, one module each. Adding a type is one module and one line here (and
// its adapter in libs/drift/src/adapters). A Terraform type no module names gets the generic model below.
import type { ApplyContext, Attrs } from '../apply/applied-resource';
import { autoScalingGroup } from './autoscaling-group';
import { autoScalingPolicy } from './autoscaling-policy';
import { cloudFrontDistribution } from './cloudfront-distribution';
import { cloudFrontOriginAccessControl } from './cloudfront-origin-access-control';
import { configConfigRule } from './config-config-rule';
import { configConfigurationAggregator } from './config-configuration-aggregator';
import { configOrganizationConfigRule } from './config-organization-config-rule';
import { configDeliveryChannel } from './config-delivery-channel';
import { cloudWatchAlarm } from './cloudwatch-alarm';
import { configConfigurationRecorder } from './config-configuration-recorder';
import { ec2Eip } from './ec2-eip';
import { ec2FlowLog } from './ec2-flow-log';
import { ec2Instance } from './ec2-instance';
import { ec2InternetGateway } from './ec2-internet-gateway';
import { ec2LaunchTemplate } from './ec2-launch-template';
import { ec2NatGateway } from './ec2-nat-gateway';
import { ec2RouteTable } from './ec2-route-table';
import { ec2SecurityGroup } from './ec2-security-group';
import { ec2Subnet } from './ec2-subnet';
import { ec2Vpc } from './ec2-vpc';
import { ec2VpcEndpoint } from './ec2-vpc-endpoint';
import { elbv2Listener } from './elbv2-listener';
import { elbv2LoadBalancer } from './elbv2-load-balancer';
import { elbv2TargetGroup } from './elbv2-target-group';
import { eventsEventBus } from './events-event-bus';
import { eventsRule } from './events-rule';
import { arn } from './helpers';
import { iamAccountPasswordPolicy } from './iam-account-password-policy';
import { iamGroup } from './iam-group';
import { iamInstanceProfile } from './iam-instance-profile';
import { iamOpenIdConnectProvider } from './iam-openid-connect-provider';
import { iamPolicy } from './iam-policy';
import { iamRole } from './iam-role';
import { kmsAlias } from './kms-alias';
import { kmsKey } from './kms-key';
import { lambdaEventInvokeConfig } from './lambda-event-invoke-config';
import { lambdaFunction } from './lambda-function';
import { logsLogGroup } from './logs-log-group';
import { organizationsAccount } from './organizations-account';
import { organizationsOrganization } from './organizations-organization';
import { organizationsOrganizationalUnit } from './organizations-organizational-unit';
import { organizationsPolicy } from './organizations-policy';
import { rdsDbInstance } from './rds-db-instance';
import { rdsDbParameterGroup } from './rds-db-parameter-group';
import { rdsDbSubnetGroup } from './rds-db-subnet-group';
import { s3Bucket } from './s3-bucket';
import { secretsManagerSecret } from './secretsmanager-secret';
import { snsSubscription } from './sns-subscription';
import { snsTopic } from './sns-topic';
import { sqsQueue } from './sqs-queue';
import { stepFunctionsStateMachine } from './stepfunctions-state-machine';
import type { SimulatedType, TerraformTypeModel } from './simulated-type';

/**
 * In the order AWS's own resources are recorded (see SimulatedType.noise): network, identity, compute, load
 * balancing, storage and data, the rest. Moving a type with noise changes every id generated after it.
 */
export const SIMULATED_TYPES: readonly SimulatedType[] = [
  ec2Vpc,
  ec2Subnet,
  ec2InternetGateway,
  ec2Eip,
  ec2NatGateway,
  ec2RouteTable,
  ec2SecurityGroup,
  ec2VpcEndpoint,
  ec2FlowLog,
  iamRole,
  iamInstanceProfile,
  iamGroup,
  iamPolicy,
  iamOpenIdConnectProvider,
  iamAccountPasswordPolicy,
  ec2Instance,
  ec2LaunchTemplate,
  autoScalingGroup,
  autoScalingPolicy,
  elbv2LoadBalancer,
  elbv2TargetGroup,
  elbv2Listener,
  s3Bucket,
  rdsDbInstance,
  rdsDbSubnetGroup,
  rdsDbParameterGroup,
  secretsManagerSecret,
  kmsKey,
  kmsAlias,
  snsTopic,
  sqsQueue,
  eventsEventBus,
  eventsRule,
  cloudWatchAlarm,
  configConfigurationRecorder,
  lambdaFunction,
  logsLogGroup,
  cloudFrontDistribution,
  cloudFrontOriginAccessControl,
  snsSubscription,
  lambdaEventInvokeConfig,
  configConfigRule,
  configOrganizationConfigRule,
  configDeliveryChannel,
  organizationsOrganization,
  organizationsOrganizationalUnit,
  organizationsPolicy,
  organizationsAccount,
  stepFunctionsStateMachine,
  configConfigurationAggregator,
];

/** Any other type gets an id of its own and, when it has a name, an ARN in its service. */
function genericModel(type: string): TerraformTypeModel {
  return {
    computed: (v: Attrs, ctx: ApplyContext) => {
      const id =
        v.name !== undefined ? String(v.name) : ctx.ids.ec2(type.replace(/^aws_/, '').replace(/_/g, ''));
      const [service, ...kind] = type.replace(/^aws_/, '').split('_');
      return { id, arn: arn(ctx, service, `${kind.join('-') || service}/${id}`) };
    },
  };
}

const MODELS = new Map<string, TerraformTypeModel>();
for (const simulated of SIMULATED_TYPES) {
  for (const [terraformType, model] of Object.entries(simulated.terraformTypes)) {
    if (MODELS.has(terraformType))
      throw new Error(
        `${terraformType} is modelled by two simulated types (${simulated.awsType ?? 'untyped'} and another)`,
      );
    MODELS.set(terraformType, model);
  }
}

/** How the simulated account applies, refreshes and records a Terraform type. */
export function terraformTypeModel(type: string): TerraformTypeModel {
  return MODELS.get(type) ?? genericModel(type);
}
