import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';
import { parseLive } from '../live/parse-live';

const [instanceItem] = parseLive(
  awsConfigExample('custodian-rule-event-ConfigurationItemChangeNotification-ec2-instance.json'),
  'i',
).items;
const asgItem = fromApiItem(awsConfigExample('rdk-example-ci-autoscaling-group.json'), 'asg');

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

describe('AWS::EC2::LaunchTemplate adapter (built in the schema shape)', () => {
  it('compares launch template data in PascalCase form', () => {
    const engine = engineFor({
      app: {
        resources: {
          aws_launch_template: {
            lt: {
              name: 'web',
              image_id: 'ami-1',
              instance_type: 't3.micro',
              vpc_security_group_ids: ['sg-1', 'sg-2'],
              metadata_options: { http_tokens: 'required' },
              monitoring: { enabled: true },
            },
          },
        },
        state: { 'aws_launch_template.lt': { id: 'lt-0abc' } },
      },
    });
    const item = configItem('AWS::EC2::LaunchTemplate', 'lt-0abc', {
      Id: 'lt-0abc',
      LaunchTemplateName: 'web',
      LaunchTemplateData: {
        ImageId: 'ami-1',
        InstanceType: 't3.micro',
        SecurityGroupIds: ['sg-2', 'sg-1'],
        MetadataOptions: { HttpTokens: 'optional' },
        Monitoring: { Enabled: true },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'metadata_options.http_tokens', expected: 'required', actual: 'optional', type: 'NOT_EQUAL' },
    ]);
  });
});

describe('AWS::AutoScaling::AutoScalingGroup adapter (real item)', () => {
  const values = {
    name: 'asg1',
    min_size: 1,
    max_size: 1,
    desired_capacity: 3,
    vpc_zone_identifier: ['subnet-test'],
    health_check_type: 'ec2',
  };

  it('joins by name (the Config id is an ARN) and ignores desired capacity by default', () => {
    expect(
      engineFor({ app: { resources: { aws_autoscaling_group: { g: values } } } }).checkItem(asgItem),
    ).toMatchObject({ status: 'IN_SYNC', address: 'aws_autoscaling_group.g' });
  });

  it('compares desired capacity when asked, and reports a changed max size', () => {
    const engine = engineFor(
      { app: { resources: { aws_autoscaling_group: { g: { ...values, max_size: 4 } } } } },
      { compareDesiredCapacity: true },
    );
    expect(engine.checkItem(asgItem).differences).toEqual([
      { path: 'max_size', expected: 4, actual: 1, type: 'NOT_EQUAL' },
      { path: 'desired_capacity', expected: 3, actual: 1, type: 'NOT_EQUAL' },
    ]);
  });
});
