import { Construct } from 'constructs';
import { Bastion, WebAppTiers } from '@groundwork/compute';
import { Peer, Port } from '@groundwork/network';
import { SecureBucket, StaticSiteDistribution } from '@groundwork/storage';
import type { DataStack } from './data-stack';
import type { IdentityStack } from './identity-stack';
import type { NetworkStack } from './network-stack';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

export interface AppStackProps extends EnvironmentStackProps {
  readonly network: NetworkStack;
  readonly identity: IdentityStack;
  readonly data: DataStack;
}

/**
 * `app-<env>`: the web and app tiers behind their load balancers, the bastion, and CloudFront in front of the
 * static front end.
 */
export class AppStack extends EnvironmentStack {
  readonly tiers: WebAppTiers;
  readonly bastion: Bastion;
  readonly siteBucket: SecureBucket;
  readonly site: StaticSiteDistribution;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { env, org, network, identity, data } = props;
    const prefix = `${org.project}-${env.name}`;

    this.tiers = new WebAppTiers(this, 'tiers', {
      name: prefix,
      vpc: network.vpc,
      certificateArn: env.certificateArn,
      accessLogsBucket: data.logBucket,
      deletionProtection: env.database.deletionProtection,
      web: { ...env.web, instanceRole: identity.webInstanceRole },
      app: { ...env.app, instanceRole: identity.appInstanceRole },
    });

    // The rules that let the app tier reach the database live here, beside the tier they admit, so the data
    // stack does not depend on this one.
    const toDatabase = `${env.name} app tier to the database`;
    this.tiers.appSecurityGroup.addEgressRule(
      Peer.securityGroupId(data.database.securityGroup.securityGroupId),
      Port.tcp(data.database.port),
      toDatabase,
    );
    data.database.securityGroup.addIngressRule(
      Peer.securityGroup(this.tiers.appSecurityGroup),
      Port.tcp(data.database.port),
      toDatabase,
      { placement: { scope: this, id: 'database-from-app' } },
    );

    this.bastion = new Bastion(this, 'bastion', {
      vpc: network.vpc,
      name: `${prefix}-bastion`,
      ...(env.bastionAllowedCidrs.length ? { sshAllowedCidrs: env.bastionAllowedCidrs } : {}),
    });

    // The site bucket logs to a bucket of its own stack: a log bucket in the data stack would have to admit this
    // bucket by ARN, and the two stacks would depend on each other.
    const siteLogs = new SecureBucket(this, 'site-log-bucket', {
      bucketNamePrefix: `${prefix}-site-logs-`,
      disableAccessLogs: true,
      expireObjectsAfterDays: 400,
    });
    this.siteBucket = new SecureBucket(this, 'site-bucket', {
      bucketNamePrefix: `${prefix}-site-`,
      accessLogsBucket: siteLogs,
    });
    this.site = new StaticSiteDistribution(this, 'site', {
      bucket: this.siteBucket,
      aliases: [env.siteDomain],
      certificateArn: env.siteCertificateArn,
      priceClass: 'PriceClass_100',
    });
  }
}
