// The IAM actions that reading each type beside AWS Config takes: what a role needs to read the estate's Cloud
// Control and direct types, and nothing more. Written once here, the library the reader (@groundwork/aws-read, in
// the function) and the role (the DriftChecker construct of @groundwork/governance) both follow.
//
// Cloud Control runs each type's read and list handlers with the caller's credentials, so a caller needs
// `cloudformation:GetResource` / `cloudformation:ListResources` (Cloud Control's own actions, under CloudFormation's
// service prefix) plus the permissions the type's CloudFormation registry schema declares for those handlers
// (`handlers.read.permissions`, `handlers.list.permissions`). Those below are the schemas' as published in
// hashicorp/terraform-provider-awscc f995d4f (internal/service/cloudformation/schemas), the same for the
// Organizations types and log groups as shared/aws-cloudformation/resource-schemas.
import { ACCOUNT_PASSWORD_POLICY_TYPE } from './live/from-password-policy';

/** Cloud Control's own read actions. */
export const CLOUD_CONTROL_READ_ACTIONS: readonly string[] = [
  'cloudformation:GetResource',
  'cloudformation:ListResources',
];

/** What reading a type takes: the actions, and why (where they are not the type's own handlers'). */
export interface TypeReadPermissions {
  readonly actions: readonly string[];
}

const ORGANIZATION_READ = ['organizations:DescribeOrganization', 'organizations:ListRoots'];

/**
 * By Cloud Control type: the schema's read and list handler permissions, and those of the types its listing walks
 * first (aws-read's LIST_NEEDS: OUs from the organization's root, event invoke configurations per function).
 */
export const CLOUD_CONTROL_READ_PERMISSIONS: Readonly<Record<string, TypeReadPermissions>> = {
  'AWS::CloudFront::OriginAccessControl': {
    actions: ['cloudfront:GetOriginAccessControl', 'cloudfront:ListOriginAccessControls'],
  },
  'AWS::Config::ConfigurationAggregator': {
    actions: ['config:DescribeConfigurationAggregators', 'config:ListTagsForResource'],
  },
  'AWS::Config::ConfigRule': {
    actions: ['config:DescribeConfigRules', 'config:DescribeComplianceByConfigRule'],
  },
  'AWS::Config::OrganizationConfigRule': {
    // GetOrganizationCustomRulePolicy reads a Guard policy rule's text, which the read handler fetches too.
    actions: ['config:DescribeOrganizationConfigRules', 'config:GetOrganizationCustomRulePolicy'],
  },
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    actions: [
      'elasticloadbalancing:DescribeTargetGroups',
      'elasticloadbalancing:DescribeTargetGroupAttributes',
      'elasticloadbalancing:DescribeTargetHealth',
      'elasticloadbalancing:DescribeTags',
    ],
  },
  'AWS::Events::Rule': {
    // Read where AWS Config does not record rules (the fallback of its Config adapter). The registry's current
    // read handler also lists tags; older ones declare iam:PassRole for read too, left out: a read passes no role.
    actions: [
      'events:DescribeRule',
      'events:ListTargetsByRule',
      'events:ListTagsForResource',
      'events:ListRules',
    ],
  },
  'AWS::Lambda::EventInvokeConfig': {
    // + AWS::Lambda::Function's list handler: the configurations are listed per function.
    actions: [
      'lambda:GetFunctionEventInvokeConfig',
      'lambda:ListFunctionEventInvokeConfigs',
      'lambda:ListFunctions',
    ],
  },
  'AWS::Logs::LogGroup': {
    actions: [
      'logs:DescribeLogGroups',
      'logs:ListTagsForResource',
      'logs:GetDataProtectionPolicy',
      // The older schema's (shared/aws-cloudformation), still what some regions' handler runs.
      'logs:ListTagsLogGroup',
    ],
  },
  'AWS::Organizations::Account': {
    actions: [
      'organizations:DescribeAccount',
      'organizations:ListParents',
      'organizations:ListTagsForResource',
      'organizations:ListAccounts',
    ],
  },
  'AWS::Organizations::OrganizationalUnit': {
    // + AWS::Organizations::Organization's list and read handlers: the tree is walked from the root.
    actions: [
      'organizations:DescribeOrganizationalUnit',
      'organizations:ListParents',
      'organizations:ListTagsForResource',
      'organizations:ListOrganizationalUnitsForParent',
      ...ORGANIZATION_READ,
    ],
  },
  'AWS::Organizations::Policy': {
    actions: [
      'organizations:DescribePolicy',
      'organizations:ListTargetsForPolicy',
      'organizations:ListTagsForResource',
      'organizations:ListPolicies',
    ],
  },
  'AWS::RDS::DBParameterGroup': {
    actions: ['rds:DescribeDBParameterGroups', 'rds:DescribeDBParameters', 'rds:ListTagsForResource'],
  },
  'AWS::SNS::Subscription': {
    actions: ['sns:GetSubscriptionAttributes', 'sns:ListSubscriptions'],
  },
};

/** By direct type: the API calls aws-read's reader makes (documented with each adapter). */
export const DIRECT_READ_PERMISSIONS: Readonly<Record<string, TypeReadPermissions>> = {
  [ACCOUNT_PASSWORD_POLICY_TYPE]: { actions: ['iam:GetAccountPasswordPolicy'] },
  'AWS::Organizations::Organization': {
    actions: [...ORGANIZATION_READ, 'organizations:ListAWSServiceAccessForOrganization'],
  },
  'AWS::Config::DeliveryChannel': { actions: ['config:DescribeDeliveryChannels'] },
};
