import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const [lbItem] = parseLive(
  awsConfigExample(
    'custodian-rule-event-ConfigurationItemChangeNotification-elbv2-loadbalancer-with-diff.json',
  ),
  'lb',
).items;
const lbArn = 'arn:aws:elasticloadbalancing:us-east-1:644160558196:loadbalancer/app/test/7299960b1f36557d';

describe('AWS::ElasticLoadBalancingV2::LoadBalancer adapter (real item)', () => {
  const engine = (values: Record<string, unknown>) =>
    engineFor({
      app: { resources: { aws_lb: { alb: values } }, state: { 'aws_lb.alb': { id: lbArn, arn: lbArn } } },
    });

  it('is IN_SYNC with scheme, subnets as a set and string attributes coerced', () => {
    const result = engine({
      name: 'test',
      internal: true,
      subnets: ['subnet-ecfb30a4', 'subnet-6f273034'],
      security_groups: ['sg-4b9ada34'],
      idle_timeout: 60,
      enable_deletion_protection: false,
      tags: { App: 'DevTest', Env: 'Dev' },
    }).checkItem(lbItem);
    expect(result).toMatchObject({ status: 'IN_SYNC', resourceId: lbArn });
  });

  it('reports deletion protection turned off and the scheme changed', () => {
    expect(
      engine({ internal: false, enable_deletion_protection: true }).checkItem(lbItem).differences,
    ).toEqual([
      { path: 'internal', expected: false, actual: true, type: 'NOT_EQUAL' },
      { path: 'enable_deletion_protection', expected: true, actual: 'false', type: 'NOT_EQUAL' },
    ]);
  });
});

describe('AWS::ElasticLoadBalancingV2::Listener adapter (built in the schema shape)', () => {
  it('compares port, protocol, policy and default actions', () => {
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/1/2';
    const engine = engineFor({
      app: {
        resources: {
          aws_lb_listener: {
            https: {
              port: 443,
              protocol: 'HTTPS',
              ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
              default_action: [{ type: 'forward', target_group_arn: 'arn:tg' }],
            },
          },
        },
        state: { 'aws_lb_listener.https': { id: arn, arn } },
      },
    });
    const item = configItem('AWS::ElasticLoadBalancingV2::Listener', arn, {
      ListenerArn: arn,
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-2016-08',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg', Order: 1 }],
    });
    expect(engine.checkItem(item).differences).toEqual([
      {
        path: 'ssl_policy',
        expected: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        actual: 'ELBSecurityPolicy-2016-08',
        type: 'NOT_EQUAL',
      },
    ]);
  });
});

describe('tags on items recorded without tags', () => {
  it('does not report provider default_tags missing from an item that records no tags, but does where the item has a tag list', () => {
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/1/3';
    const engine = engineFor({
      app: {
        defaultTags: { project: 'groundwork' },
        resources: {
          aws_lb_listener: { l: { port: 80, protocol: 'HTTP' } },
          aws_vpc: { v: { cidr_block: '10.0.0.0/16' } },
        },
        state: { 'aws_lb_listener.l': { id: arn, arn }, 'aws_vpc.v': { id: 'vpc-1' } },
      },
    });
    expect(
      engine.checkItem(
        configItem('AWS::ElasticLoadBalancingV2::Listener', arn, {
          ListenerArn: arn,
          Port: 80,
          Protocol: 'HTTP',
        }),
      ).status,
    ).toBe('IN_SYNC');
    expect(
      engine.checkItem(configItem('AWS::EC2::VPC', 'vpc-1', { cidrBlock: '10.0.0.0/16', tags: [] }))
        .differences,
    ).toEqual([{ path: 'tags.project', expected: 'groundwork', actual: null, type: 'REMOVE' }]);
  });
});
