import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const asgItem = fromApiItem(awsConfigExample('rdk-example-ci-autoscaling-group.json'), 'asg');

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
