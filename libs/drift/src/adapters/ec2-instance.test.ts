import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const [instanceItem] = parseLive(
  awsConfigExample('custodian-rule-event-ConfigurationItemChangeNotification-ec2-instance.json'),
  'i',
).items;

describe('AWS::EC2::Instance adapter (real item)', () => {
  const engine = (values: Record<string, unknown>) =>
    engineFor({
      app: {
        resources: { aws_instance: { web: values } },
        state: { 'aws_instance.web': { id: 'i-094bc87c84d56c589' } },
      },
    });

  it('is IN_SYNC on the captured instance', () => {
    expect(
      engine({
        ami: 'ami-2d39803a',
        instance_type: 't2.medium',
        subnet_id: 'subnet-3a334610',
        key_name: 'redrum-redrum',
        vpc_security_group_ids: ['sg-eb0da091'],
      }).checkItem(instanceItem).status,
    ).toBe('IN_SYNC');
  });

  it('reports a changed instance type and IMDSv1 re-enabled', () => {
    const item = configItem('AWS::EC2::Instance', 'i-094bc87c84d56c589', {
      ...instanceItem.configuration,
      instanceType: 't3.large',
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' },
    });
    expect(
      engine({ instance_type: 't2.medium', metadata_options: { http_tokens: 'required' } }).checkItem(item)
        .differences,
    ).toEqual([
      { path: 'instance_type', expected: 't2.medium', actual: 't3.large', type: 'NOT_EQUAL' },
      { path: 'metadata_options.http_tokens', expected: 'required', actual: 'optional', type: 'NOT_EQUAL' },
    ]);
  });

  it('calls a terminated instance DELETED, and leaves instances launched by auto scaling out of UNMANAGED', () => {
    expect(
      engine({}).checkItem(
        configItem('AWS::EC2::Instance', 'i-094bc87c84d56c589', { state: { name: 'terminated' } }),
      ).status,
    ).toBe('DELETED');
    const launched = configItem(
      'AWS::EC2::Instance',
      'i-2',
      { instanceType: 't3.micro' },
      { tags: { 'aws:autoscaling:groupName': 'web' } },
    );
    expect(engineFor({ app: { resources: {} } }).checkItem(launched)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'not managed directly: launched by auto scaling group web',
    });
  });
});
