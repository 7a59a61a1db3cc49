import { Construct } from 'constructs';
import { suppress } from '@groundwork/governance';
import { Database, SecureBucket } from '@groundwork/storage';
import type { IdentityStack } from './identity-stack';
import type { NetworkStack } from './network-stack';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

export interface DataStackProps extends EnvironmentStackProps {
  readonly network: NetworkStack;
  readonly identity: IdentityStack;
}

/**
 * `data-<env>`: where data lives. The log bucket takes server access logs and load balancer logs; the assets
 * bucket holds application objects; the secrets bucket is closed to every principal but the app role and the
 * deploy role, whatever their IAM policies say; the database sits in the isolated tier and keeps its master
 * password in Secrets Manager, readable by the app instance role only.
 */
export class DataStack extends EnvironmentStack {
  readonly logBucket: SecureBucket;
  readonly assetsBucket: SecureBucket;
  readonly secretsBucket: SecureBucket;
  readonly database: Database;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { env, org, network, identity } = props;
    const prefix = `${org.project}-${env.name}`;

    this.logBucket = new SecureBucket(this, 'log-bucket', {
      bucketNamePrefix: `${prefix}-logs-`,
      disableAccessLogs: true,
      expireObjectsAfterDays: 400,
    });
    // Both load balancers of the app stack write their access logs here.
    this.logBucket.allowLoadBalancerAccessLogs();
    this.assetsBucket = new SecureBucket(this, 'assets-bucket', {
      bucketNamePrefix: `${prefix}-assets-`,
      accessLogsBucket: this.logBucket,
    });
    this.secretsBucket = new SecureBucket(this, 'secrets-bucket', {
      bucketNamePrefix: `${prefix}-secrets-`,
      accessLogsBucket: this.logBucket,
      minimumTlsVersion: '1.2',
    });
    this.secretsBucket.denyAllExcept([identity.appInstanceRole.roleArn, identity.deployRole.roleArn]);
    this.secretsBucket.grantRead(identity.appInstanceRole.roleArn);

    this.database = new Database(this, 'database', {
      vpc: network.vpc,
      identifier: `${prefix}-db`,
      instanceClass: env.database.instanceClass,
      allocatedStorageGiB: env.database.allocatedStorageGb,
      maxAllocatedStorageGiB: env.database.allocatedStorageGb * 5,
      multiAz: env.database.multiAz,
      deletionProtection: env.database.deletionProtection,
      backupRetentionDays: env.database.backupRetentionDays,
      masterPasswordRotationDays: 30,
    });
    this.database.grantSecretRead(identity.appInstanceRole.roleName);
    if (!env.database.multiAz) {
      suppress(
        this.database,
        'GW-RDS-003',
        `${env.name} runs a single-AZ database by choice in config/${env.name}.json (cost); production is Multi-AZ`,
      );
    }
    if (!env.database.deletionProtection) {
      suppress(
        this.database,
        'GW-RDS-004',
        `${env.name} turns deletion protection off in config/${env.name}.json: its database is disposable; ` +
          'destroy still takes a final snapshot',
      );
    }
  }
}
