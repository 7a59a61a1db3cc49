import { GuardRule } from '../model';
import { configRecorderAllResources } from './config/config-recorder-all-resources';
import { configRecorderEnabled } from './config/config-recorder-enabled';
import { eventBusPolicyOrganization } from './eventbridge/event-bus-policy-organization';
import { iamGithubOidcTrust } from './iam/iam-github-oidc-trust';
import { iamPasswordPolicy } from './iam/iam-password-policy';
import { iamRoleTrustNotPublic } from './iam/iam-role-trust-not-public';
import { kmsKeyRotation } from './kms/kms-key-rotation';
import { kmsPolicyNotPublic } from './kms/kms-policy-not-public';
import { lambdaCodeSigning } from './lambda/lambda-code-signing';
import { lambdaLogGroup } from './lambda/lambda-log-group';
import { lambdaPermissionScoped } from './lambda/lambda-permission-scoped';
import { lambdaReservedConcurrency } from './lambda/lambda-reserved-concurrency';
import { logGroupEncryption } from './logs/log-group-encryption';
import { logGroupRetention } from './logs/log-group-retention';
import { organizationsFullAccessReplaced } from './organizations/organizations-full-access-replaced';
import { organizationsRootScp } from './organizations/organizations-root-scp';
import { s3PolicyNotPublic } from './s3/s3-policy-not-public';
import { snsPolicyNotPublic } from './sns/sns-policy-not-public';
import { sqsPolicyNotPublic } from './sqs/sqs-policy-not-public';
import { albAccessLogs } from './elb/alb-access-logs';
import { albDropInvalidHeaders } from './elb/alb-drop-invalid-headers';
import { albHttpRedirect } from './elb/alb-http-redirect';
import { albTlsPolicy } from './elb/alb-tls-policy';
import { blockDeviceEncryption } from './ec2/block-device-encryption';
import { cloudfrontHttpsOnly } from './cloudfront/cloudfront-https-only';
import { cloudfrontS3OriginAccessControl } from './cloudfront/cloudfront-s3-origin-access-control';
import { cloudfrontTlsVersion } from './cloudfront/cloudfront-tls-version';
import { defaultSecurityGroupRules } from './network/default-security-group-rules';
import { ebsVolumeEncryption } from './ec2/ebs-volume-encryption';
import { ec2InstanceImdsV2 } from './ec2/ec2-instance-imdsv2';
import { iamAdminPolicy } from './iam/iam-admin-policy';
import { iamNoUserPolicies } from './iam/iam-no-user-policies';
import { lambdaDeadLetter } from './lambda/lambda-dead-letter';
import { launchTemplateImdsV2 } from './ec2/launch-template-imdsv2';
import { rdsBackupRetention } from './rds/rds-backup-retention';
import { rdsDeletionProtection } from './rds/rds-deletion-protection';
import { rdsMultiAz } from './rds/rds-multi-az';
import { rdsNotPublic } from './rds/rds-not-public';
import { rdsStorageEncrypted } from './rds/rds-storage-encrypted';
import { s3AccessLogging } from './s3/s3-access-logging';
import { s3BlockPublicAcls } from './s3/s3-block-public-acls';
import { s3BlockPublicPolicy } from './s3/s3-block-public-policy';
import { s3Encryption } from './s3/s3-encryption';
import { s3IgnorePublicAcls } from './s3/s3-ignore-public-acls';
import { s3OwnershipEnforced } from './s3/s3-ownership-enforced';
import { s3RestrictPublicBuckets } from './s3/s3-restrict-public-buckets';
import { s3TlsOnly } from './s3/s3-tls-only';
import { s3Versioning } from './s3/s3-versioning';
import { secretsManagerRotation } from './secrets-manager/secrets-manager-rotation';
import { sgAllPortsOpenToWorld } from './network/sg-all-ports-open-to-world';
import { sgRdpOpenToWorld } from './network/sg-rdp-open-to-world';
import { sgSshOpenToWorld } from './network/sg-ssh-open-to-world';
import { snsEncryption } from './sns/sns-encryption';
import { sqsEncryption } from './sqs/sqs-encryption';
import { subnetPublicIpOnLaunch } from './network/subnet-public-ip-on-launch';
import { vpcFlowLogs } from './network/vpc-flow-logs';

/** The Groundwork rule pack, in id order. */
export const ALL_RULES: readonly GuardRule[] = [
  s3BlockPublicAcls,
  s3BlockPublicPolicy,
  s3IgnorePublicAcls,
  s3RestrictPublicBuckets,
  s3Encryption,
  s3Versioning,
  s3AccessLogging,
  s3OwnershipEnforced,
  s3TlsOnly,
  s3PolicyNotPublic,
  sgSshOpenToWorld,
  sgRdpOpenToWorld,
  sgAllPortsOpenToWorld,
  defaultSecurityGroupRules,
  vpcFlowLogs,
  subnetPublicIpOnLaunch,
  ec2InstanceImdsV2,
  launchTemplateImdsV2,
  ebsVolumeEncryption,
  blockDeviceEncryption,
  rdsStorageEncrypted,
  rdsNotPublic,
  rdsMultiAz,
  rdsDeletionProtection,
  rdsBackupRetention,
  albHttpRedirect,
  albTlsPolicy,
  albDropInvalidHeaders,
  albAccessLogs,
  cloudfrontHttpsOnly,
  cloudfrontTlsVersion,
  cloudfrontS3OriginAccessControl,
  iamAdminPolicy,
  iamNoUserPolicies,
  iamGithubOidcTrust,
  iamRoleTrustNotPublic,
  iamPasswordPolicy,
  secretsManagerRotation,
  lambdaDeadLetter,
  lambdaReservedConcurrency,
  lambdaCodeSigning,
  lambdaLogGroup,
  lambdaPermissionScoped,
  snsEncryption,
  snsPolicyNotPublic,
  sqsEncryption,
  sqsPolicyNotPublic,
  kmsKeyRotation,
  kmsPolicyNotPublic,
  logGroupEncryption,
  logGroupRetention,
  configRecorderAllResources,
  configRecorderEnabled,
  eventBusPolicyOrganization,
  organizationsRootScp,
  organizationsFullAccessReplaced,
];
