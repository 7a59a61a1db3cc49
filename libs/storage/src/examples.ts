// The README's examples. Each function body appears verbatim in README.md (examples.test.ts checks that),
// and examples.test.ts synthesizes every one and runs terraform validate and a mock apply over all of them.
import { Construct } from 'constructs';
import { SecurityGroup, Vpc } from '@groundwork/network';
import { Database, SecureBucket, Secret, StaticSiteDistribution } from './index';

export function buckets(scope: Construct): void {
  const logs = new SecureBucket(scope, 'logs', {
    disableAccessLogs: true, // the log bucket does not log into itself
    expireObjectsAfterDays: 400,
  });

  const assets = new SecureBucket(scope, 'assets', { accessLogsBucket: logs });
  assets.grantRead('arn:aws:iam::123456789012:role/web');
  assets.grantReadWrite('arn:aws:iam::123456789012:role/deploy');

  const secrets = new SecureBucket(scope, 'secrets', {
    accessLogsBucket: logs,
    kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    minimumTlsVersion: '1.2',
  });
  secrets.grantRead('arn:aws:iam::123456789012:role/app');
  // Everyone else is denied, even holders of s3:*. List the role that deploys the bucket too.
  secrets.denyAllExcept(['arn:aws:iam::123456789012:role/app', 'arn:aws:iam::123456789012:role/deploy']);
}

export function staticSite(scope: Construct): void {
  const logs = new SecureBucket(scope, 'logs', { disableAccessLogs: true });
  const cdnLogs = new SecureBucket(scope, 'cdn-logs', {
    accessLogsBucket: logs,
    objectOwnership: 'BucketOwnerPreferred', // CloudFront standard logs are written with ACLs
    expireObjectsAfterDays: 90,
  });
  const site = new SecureBucket(scope, 'site', { accessLogsBucket: logs });

  new StaticSiteDistribution(scope, 'cdn', {
    bucket: site,
    aliases: ['www.example.com'],
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    priceClass: 'PriceClass_100',
    logBucket: cdnLogs,
    singlePageApp: true,
  });
}

export function database(scope: Construct): void {
  const vpc = new Vpc(scope, 'vpc', { azCount: 2, natMode: 'single' });
  const app = new SecurityGroup(scope, 'app', { vpc, description: 'App tier instances' });

  const db = new Database(scope, 'db', {
    vpc,
    allowedPeers: [app],
    databaseName: 'app',
    masterPasswordRotationDays: 30,
  });
  db.grantSecretRead('app'); // role name or ARN
}

export function mysqlSandbox(scope: Construct): void {
  const vpc = new Vpc(scope, 'vpc', { azCount: 2, natMode: 'none', tiers: { isolated: {} } });

  new Database(scope, 'db', {
    vpc,
    engine: 'mysql',
    instanceClass: 'db.t4g.micro',
    performanceInsights: false, // MySQL has none on micro and small classes
    multiAz: false,
    deletionProtection: false,
    skipFinalSnapshot: true,
  });
}

export function secret(scope: Construct): void {
  const token = new Secret(scope, 'api-token', {
    description: 'Token for the payments API',
    kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    recoveryWindowDays: 7,
  });
  token.grantRead('arn:aws:iam::123456789012:role/payments');
}
