import { CLOUDFRONT_FIXTURES } from '../rules/cloudfront/cloudfront.fixtures';
import { CONFIG_FIXTURES } from '../rules/config/config.fixtures';
import { EC2_FIXTURES } from '../rules/ec2/ec2.fixtures';
import { ELB_FIXTURES } from '../rules/elb/elb.fixtures';
import { EVENTBRIDGE_FIXTURES } from '../rules/eventbridge/eventbridge.fixtures';
import { IAM_FIXTURES } from '../rules/iam/iam.fixtures';
import { KMS_FIXTURES } from '../rules/kms/kms.fixtures';
import { LAMBDA_FIXTURES } from '../rules/lambda/lambda.fixtures';
import { LOGS_FIXTURES } from '../rules/logs/logs.fixtures';
import { NETWORK_FIXTURES } from '../rules/network/network.fixtures';
import { ORGANIZATIONS_FIXTURES } from '../rules/organizations/organizations.fixtures';
import { RDS_FIXTURES } from '../rules/rds/rds.fixtures';
import { S3_FIXTURES } from '../rules/s3/s3.fixtures';
import { SECRETS_MANAGER_FIXTURES } from '../rules/secrets-manager/secrets-manager.fixtures';
import { SNS_FIXTURES } from '../rules/sns/sns.fixtures';
import { SQS_FIXTURES } from '../rules/sqs/sqs.fixtures';
import { RuleFixtures } from './rule-fixtures';

/** Every rule's fixtures, by rule id, one module per service. */
export const FIXTURES_BY_SERVICE: Readonly<Record<string, Readonly<Record<string, RuleFixtures>>>> = {
  s3: S3_FIXTURES,
  network: NETWORK_FIXTURES,
  ec2: EC2_FIXTURES,
  rds: RDS_FIXTURES,
  elb: ELB_FIXTURES,
  cloudfront: CLOUDFRONT_FIXTURES,
  iam: IAM_FIXTURES,
  'secrets-manager': SECRETS_MANAGER_FIXTURES,
  lambda: LAMBDA_FIXTURES,
  sns: SNS_FIXTURES,
  sqs: SQS_FIXTURES,
  kms: KMS_FIXTURES,
  logs: LOGS_FIXTURES,
  config: CONFIG_FIXTURES,
  eventbridge: EVENTBRIDGE_FIXTURES,
  organizations: ORGANIZATIONS_FIXTURES,
};

export const ALL_FIXTURES: Readonly<Record<string, RuleFixtures>> = Object.assign(
  {},
  ...Object.values(FIXTURES_BY_SERVICE),
);
