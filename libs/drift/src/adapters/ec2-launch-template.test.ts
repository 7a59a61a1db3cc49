import { configItem, engineFor } from '../fixtures/harness';

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
