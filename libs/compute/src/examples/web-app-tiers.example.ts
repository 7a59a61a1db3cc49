import { Construct } from 'constructs';
import { Peer, Port, SecurityGroup, Vpc } from '@groundwork/network';
import { UserData, WebAppTiers } from '../index';

/** The three-tier front of the reference architecture, with a database group that admits the app tier. */
export function webAppTiersExample(scope: Construct): WebAppTiers {
  const vpc = new Vpc(scope, 'vpc', { cidrBlock: '10.20.0.0/16', azCount: 3 });

  const tiers = new WebAppTiers(scope, 'shop', {
    vpc,
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    accessLogsBucket: { bucketName: 'shop-alb-access-logs' },
    web: {
      instanceType: 't3.small',
      minCapacity: 3,
      maxCapacity: 12,
      healthCheckPath: '/healthz',
      userData: UserData.forLinux().addCommands('dnf install -y nginx', 'systemctl enable --now nginx'),
    },
    app: {
      instanceType: 'm7g.large',
      port: 8080,
      healthCheckPath: '/health',
      minCapacity: 2,
      maxCapacity: 8,
    },
  });

  // The database admits the app tier by group reference; the app tier may open connections to it.
  const database = new SecurityGroup(scope, 'database', { vpc, description: 'PostgreSQL for the shop' });
  database.addIngressRule(
    Peer.securityGroup(tiers.appSecurityGroup),
    Port.tcp(5432),
    'App tier to PostgreSQL',
  );
  tiers.appSecurityGroup.addEgressRule(
    Peer.securityGroup(database),
    Port.tcp(5432),
    'App tier to PostgreSQL',
  );
  return tiers;
}
