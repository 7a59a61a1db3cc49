import { cloudControlItem, engineFor } from '../fixtures/harness';

const ARN = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/73e2d6bc24d8a067';

const app = {
  resources: {
    aws_lb_target_group: {
      web: {
        name: 'web',
        port: 80,
        protocol: 'HTTP',
        target_type: 'instance',
        vpc_id: 'vpc-0abc',
        deregistration_delay: '30',
        health_check: {
          enabled: true,
          healthy_threshold: 3,
          interval: 15,
          matcher: '200',
          path: '/',
          port: 'traffic-port',
          protocol: 'HTTP',
          timeout: 5,
          unhealthy_threshold: 3,
        },
        tags: { Name: 'web' },
      },
    },
  },
  state: { 'aws_lb_target_group.web': { id: ARN, arn: ARN, name: 'web' } },
};

/** DescribeTargetGroups' fields, as both handlers return them. */
const described = {
  TargetGroupArn: ARN,
  TargetGroupName: 'web',
  TargetGroupFullName: 'targetgroup/web/73e2d6bc24d8a067',
  Port: 80,
  Protocol: 'HTTP',
  ProtocolVersion: 'HTTP1',
  VpcId: 'vpc-0abc',
  TargetType: 'instance',
  IpAddressType: 'ipv4',
  HealthCheckEnabled: true,
  HealthCheckIntervalSeconds: 15,
  HealthCheckPath: '/',
  HealthCheckPort: 'traffic-port',
  HealthCheckProtocol: 'HTTP',
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 3,
  UnhealthyThresholdCount: 3,
  Matcher: { HttpCode: '200' },
  LoadBalancerArns: [
    'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188',
  ],
};

/** The read handler adds the attributes (DescribeTargetGroupAttributes) and tags (DescribeTags). */
const read = (attributes: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::ElasticLoadBalancingV2::TargetGroup', ARN, {
    ...described,
    TargetGroupAttributes: Object.entries({
      'deregistration_delay.timeout_seconds': '30',
      'stickiness.enabled': 'false',
      'stickiness.type': 'lb_cookie',
      'load_balancing.algorithm.type': 'round_robin',
      'slow_start.duration_seconds': '0',
      ...attributes,
    }).map(([Key, Value]) => ({ Key, Value })),
    Tags: [{ Key: 'Name', Value: 'web' }],
    ...extra,
  });

describe('AWS::ElasticLoadBalancingV2::TargetGroup adapter (Cloud Control)', () => {
  const engine = engineFor({ app });

  it('is in sync, reading attributes from their key/value list', () => {
    expect(engine.checkItem(read())).toMatchObject({ status: 'IN_SYNC', address: 'aws_lb_target_group.web' });
  });

  it('reports the health check path and the deregistration delay changed', () => {
    const changed = read({ 'deregistration_delay.timeout_seconds': '300' }, { HealthCheckPath: '/health' });
    expect(engine.checkItem(changed).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['health_check.path', '/', '/health'],
      ['deregistration_delay', '30', '300'],
    ]);
  });

  it('compares a listed target group (no attributes, no tags) on what DescribeTargetGroups gives', () => {
    const listed = cloudControlItem('AWS::ElasticLoadBalancingV2::TargetGroup', ARN, {
      ...described,
      Port: 8080,
    });
    expect(engine.checkItem(listed).differences.map((d) => d.path)).toEqual(['port']);
  });
});
