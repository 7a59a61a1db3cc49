import { Construct } from 'constructs';
import { Peer, Port, SecurityGroup, Vpc } from '../index';

/** Load balancer ← internet 443, web ← load balancer, app ← web, database ← app on the engine port. */
export function tieredSecurityGroups(scope: Construct): void {
  const vpc = new Vpc(scope, 'network', { name: 'prod' });
  const lb = new SecurityGroup(scope, 'lb', { vpc, description: 'Public load balancer' });
  const web = new SecurityGroup(scope, 'web', { vpc, description: 'Web tier instances' });
  const app = new SecurityGroup(scope, 'app', { vpc, description: 'App tier instances' });
  const db = new SecurityGroup(scope, 'db', { vpc, description: 'PostgreSQL database' });

  lb.addIngressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS from the internet');
  lb.addEgressRule(Peer.securityGroup(web), Port.tcp(8080), 'To the web tier');
  web.addIngressRule(Peer.securityGroup(lb), Port.tcp(8080), 'From the load balancer');
  web.addEgressRule(Peer.securityGroup(app), Port.tcp(8443), 'To the app tier');
  web.addEgressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS out through NAT for patches');
  app.addIngressRule(Peer.securityGroup(web), Port.tcp(8443), 'From the web tier');
  app.addEgressRule(Peer.securityGroup(db), Port.tcp(5432), 'To the database');
  db.addIngressRule(Peer.securityGroup(app), Port.tcp(5432), 'PostgreSQL from the app tier');

  // A group in a VPC made elsewhere, open outbound by explicit choice.
  new SecurityGroup(scope, 'legacy', {
    vpcId: 'vpc-0123456789abcdef0',
    description: 'Legacy batch hosts',
    allowAllOutbound: true,
  });
}
