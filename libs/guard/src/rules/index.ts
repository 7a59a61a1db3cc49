import { GuardRule } from '../model';
import { albAccessLogs } from './alb-access-logs';
import { albDropInvalidHeaders } from './alb-drop-invalid-headers';
import { albHttpRedirect } from './alb-http-redirect';
import { albTlsPolicy } from './alb-tls-policy';
import { blockDeviceEncryption } from './block-device-encryption';
import { cloudfrontHttpsOnly } from './cloudfront-https-only';
import { cloudfrontS3OriginAccessControl } from './cloudfront-s3-origin-access-control';
import { cloudfrontTlsVersion } from './cloudfront-tls-version';
import { defaultSecurityGroupRules } from './default-security-group-rules';
import { ebsVolumeEncryption } from './ebs-volume-encryption';
import { ec2InstanceImdsV2 } from './ec2-instance-imdsv2';
import { iamAdminPolicy } from './iam-admin-policy';
import { iamNoUserPolicies } from './iam-no-user-policies';
import { lambdaDeadLetter } from './lambda-dead-letter';
import { launchTemplateImdsV2 } from './launch-template-imdsv2';
import { rdsBackupRetention } from './rds-backup-retention';
import { rdsDeletionProtection } from './rds-deletion-protection';
import { rdsMultiAz } from './rds-multi-az';
import { rdsNotPublic } from './rds-not-public';
import { rdsStorageEncrypted } from './rds-storage-encrypted';
import { s3AccessLogging } from './s3-access-logging';
import { s3BlockPublicAcls } from './s3-block-public-acls';
import { s3BlockPublicPolicy } from './s3-block-public-policy';
import { s3Encryption } from './s3-encryption';
import { s3IgnorePublicAcls } from './s3-ignore-public-acls';
import { s3OwnershipEnforced } from './s3-ownership-enforced';
import { s3RestrictPublicBuckets } from './s3-restrict-public-buckets';
import { s3TlsOnly } from './s3-tls-only';
import { s3Versioning } from './s3-versioning';
import { secretsManagerRotation } from './secrets-manager-rotation';
import { sgAllPortsOpenToWorld } from './sg-all-ports-open-to-world';
import { sgRdpOpenToWorld } from './sg-rdp-open-to-world';
import { sgSshOpenToWorld } from './sg-ssh-open-to-world';
import { snsEncryption } from './sns-encryption';
import { sqsEncryption } from './sqs-encryption';
import { subnetPublicIpOnLaunch } from './subnet-public-ip-on-launch';
import { vpcFlowLogs } from './vpc-flow-logs';

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
  secretsManagerRotation,
  lambdaDeadLetter,
  snsEncryption,
  sqsEncryption,
];
