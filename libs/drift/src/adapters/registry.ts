import type { Adapter } from './adapter';
import { autoScalingGroupAdapter } from './autoscaling-group';
import { cloudFrontDistributionAdapter } from './cloudfront-distribution';
import { ec2EipAdapter } from './ec2-eip';
import { ec2InstanceAdapter } from './ec2-instance';
import { ec2InternetGatewayAdapter } from './ec2-internet-gateway';
import { ec2LaunchTemplateAdapter } from './ec2-launch-template';
import { ec2NatGatewayAdapter } from './ec2-nat-gateway';
import { ec2RouteTableAdapter } from './ec2-route-table';
import { ec2SecurityGroupAdapter } from './ec2-security-group';
import { ec2SubnetAdapter } from './ec2-subnet';
import { ec2VpcAdapter } from './ec2-vpc';
import { elbv2ListenerAdapter } from './elbv2-listener';
import { elbv2LoadBalancerAdapter } from './elbv2-load-balancer';
import { iamGroupAdapter } from './iam-group';
import { iamPolicyAdapter } from './iam-policy';
import { iamRoleAdapter } from './iam-role';
import { iamUserAdapter } from './iam-user';
import { kmsKeyAdapter } from './kms-key';
import { lambdaFunctionAdapter } from './lambda-function';
import { rdsDbInstanceAdapter } from './rds-db-instance';
import { s3BucketAdapter } from './s3-bucket';
import { secretsManagerSecretAdapter } from './secretsmanager-secret';
import { snsTopicAdapter } from './sns-topic';

export const ADAPTERS: readonly Adapter[] = [
  ec2VpcAdapter,
  ec2SubnetAdapter,
  ec2InternetGatewayAdapter,
  ec2NatGatewayAdapter,
  ec2EipAdapter,
  ec2RouteTableAdapter,
  ec2SecurityGroupAdapter,
  ec2InstanceAdapter,
  ec2LaunchTemplateAdapter,
  autoScalingGroupAdapter,
  elbv2LoadBalancerAdapter,
  elbv2ListenerAdapter,
  s3BucketAdapter,
  iamRoleAdapter,
  iamUserAdapter,
  iamGroupAdapter,
  iamPolicyAdapter,
  rdsDbInstanceAdapter,
  secretsManagerSecretAdapter,
  lambdaFunctionAdapter,
  snsTopicAdapter,
  kmsKeyAdapter,
  cloudFrontDistributionAdapter,
];

/** AWS Config resource types the engine adapts: what a reader asks AWS Config for (other sources have their own). */
export const ADAPTED_RESOURCE_TYPES: readonly string[] = ADAPTERS.filter(
  (a) => (a.source ?? 'config') === 'config',
).map((a) => a.configType);
