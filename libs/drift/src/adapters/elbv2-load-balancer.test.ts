import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
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
