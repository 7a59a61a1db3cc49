import { configItem, engineFor } from '../fixtures/harness';

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
