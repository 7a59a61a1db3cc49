import { Construct } from 'constructs';
import { SecurityGroup, Vpc } from '@groundwork/network';
import { ApplicationLoadBalancer, AutoScalingTier, LaunchTemplate, SsmInstanceRole } from '../index';

/** The building blocks on their own: an internal load balancer with a path route, each route an auto scaling tier. */
export function loadBalancerExample(scope: Construct): ApplicationLoadBalancer {
  const vpc = new Vpc(scope, 'vpc', { cidrBlock: '10.40.0.0/16', azCount: 2 });
  const role = new SsmInstanceRole(scope, 'role');

  const alb = new ApplicationLoadBalancer(scope, 'api-alb', {
    vpc,
    scheme: 'internal',
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06',
    accessLogs: { bucket: { bucketName: 'api-alb-logs' }, prefix: 'internal-api' },
    defaultTarget: { port: 8080, healthCheck: { path: '/health', healthyHttpCodes: '200-299' } },
  });
  const reports = alb.addTargetGroup('reports', { priority: 10, pathPatterns: ['/reports/*'], port: 9090 });

  const tiers = [
    { id: 'api', targetGroup: alb.defaultTargetGroup, instanceType: 'c7i.large' },
    { id: 'reports', targetGroup: reports, instanceType: 'r7g.large' },
  ];
  for (const tier of tiers) {
    const group = new SecurityGroup(scope, `${tier.id}-instances`, {
      vpc,
      description: `${tier.id} instances`,
    });
    const launchTemplate = new LaunchTemplate(scope, `${tier.id}-template`, {
      instanceType: tier.instanceType,
      securityGroups: [group],
      instanceRole: role,
      metadataHopLimit: 2, // the service runs in containers
    });
    new AutoScalingTier(scope, tier.id, {
      vpc,
      launchTemplate,
      targetGroup: tier.targetGroup,
      minCapacity: 2,
      maxCapacity: 10,
      requestsPerTarget: 500,
    });
  }
  return alb;
}
