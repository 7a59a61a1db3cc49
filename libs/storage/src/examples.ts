// The README's examples, as code: examples.test.ts synthesizes each one and runs terraform validate and a
// mock apply over all of them.
import { Construct } from 'constructs';
import { SecurityGroup, Vpc } from '@groundwork/network';
import { SecureBucket } from './bucket/secure-bucket';
import { StaticSiteDistribution } from './cdn/static-site-distribution';
import { Database } from './database/database';
import { Secret } from './secrets/secret';

const ACCOUNT = '123456789012';

/** A log bucket, an assets bucket logging into it, and a secrets bucket closed to all but two roles. */
export function bucketsExample(scope: Construct): {
  logs: SecureBucket;
  assets: SecureBucket;
  secrets: SecureBucket;
} {
  const logs = new SecureBucket(scope, 'logs', {
    disableAccessLogs: true, // the log bucket does not log into itself
    expireObjectsAfterDays: 400,
  });
  const assets = new SecureBucket(scope, 'assets', { accessLogsBucket: logs });
  assets.grantRead(`arn:aws:iam::${ACCOUNT}:role/web`);
  assets.grantReadWrite(`arn:aws:iam::${ACCOUNT}:role/deploy`);

  const secrets = new SecureBucket(scope, 'secrets', {
    accessLogsBucket: logs,
    kmsKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    minimumTlsVersion: '1.2',
  });
  secrets.grantRead(`arn:aws:iam::${ACCOUNT}:role/app`);
  secrets.denyAllExcept([`arn:aws:iam::${ACCOUNT}:role/app`, `arn:aws:iam::${ACCOUNT}:role/deploy`]);
  return { logs, assets, secrets };
}

/** A static site on a private bucket behind CloudFront, with a custom domain and CloudFront access logs. */
export function staticSiteExample(scope: Construct): StaticSiteDistribution {
  const logs = new SecureBucket(scope, 'logs', { disableAccessLogs: true });
  const cdnLogs = new SecureBucket(scope, 'cdn-logs', {
    accessLogsBucket: logs,
    objectOwnership: 'BucketOwnerPreferred', // CloudFront standard logs are written with ACLs
    expireObjectsAfterDays: 90,
  });
  const site = new SecureBucket(scope, 'site', { accessLogsBucket: logs });
  return new StaticSiteDistribution(scope, 'cdn', {
    bucket: site,
    aliases: ['www.example.com'],
    certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`,
    priceClass: 'PriceClass_100',
    logBucket: cdnLogs,
    singlePageApp: true,
  });
}

/** PostgreSQL in the isolated tier, reachable only from the app tier's group, its secret readable by the app role. */
export function databaseExample(scope: Construct): Database {
  const vpc = new Vpc(scope, 'vpc', { azCount: 2, natMode: 'single' });
  const app = new SecurityGroup(scope, 'app', { vpc, description: 'App tier instances' });
  const db = new Database(scope, 'db', {
    vpc,
    allowedPeers: [app],
    masterPasswordRotationDays: 30,
    databaseName: 'app',
  });
  db.grantSecretRead('app');
  return db;
}

/** A MySQL database for a throwaway environment: single AZ, no deletion protection, no final snapshot. */
export function mysqlSandboxExample(scope: Construct): Database {
  const vpc = new Vpc(scope, 'vpc', { azCount: 2, natMode: 'none', tiers: { isolated: {} } });
  return new Database(scope, 'db', {
    vpc,
    engine: 'mysql',
    multiAz: false,
    deletionProtection: false,
    skipFinalSnapshot: true,
    instanceClass: 'db.t4g.micro',
    performanceInsights: false, // MySQL has none on micro and small classes
  });
}

/** A secret encrypted with a customer managed key, readable by one role. */
export function secretExample(scope: Construct): Secret {
  const secret = new Secret(scope, 'api-token', {
    description: 'Token for the payments API',
    kmsKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    recoveryWindowDays: 7,
  });
  secret.grantRead(`arn:aws:iam::${ACCOUNT}:role/payments`);
  return secret;
}
