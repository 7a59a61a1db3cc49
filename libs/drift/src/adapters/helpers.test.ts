import { configItem, engineFor } from '../fixtures/harness';

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
