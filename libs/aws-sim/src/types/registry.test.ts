import { SIMULATED_TYPES, terraformTypeModel } from './registry';

describe('the simulated types', () => {
  it('model each Terraform type in exactly one module', () => {
    const types = SIMULATED_TYPES.flatMap((t) => Object.keys(t.terraformTypes));
    expect(types.length).toBeGreaterThan(50);
    expect(new Set(types).size).toBe(types.length);
    const awsTypes = SIMULATED_TYPES.flatMap((t) => (t.awsType ? [t.awsType] : []));
    expect(new Set(awsTypes).size).toBe(awsTypes.length);
  });

  it('give a type no module names an id and an ARN in its service', () => {
    const ids = { ec2: (prefix: string) => `${prefix}-0abc` };
    const ctx = { account: '111111111111', region: 'eu-west-1', ids } as never;
    expect(terraformTypeModel('aws_glue_job').computed({ name: 'jobs' }, ctx)).toEqual({
      id: 'jobs',
      arn: 'arn:aws:glue:eu-west-1:111111111111:job/jobs',
    });
    expect(terraformTypeModel('aws_ebs_volume').computed({}, ctx)).toEqual({
      id: 'ebsvolume-0abc',
      arn: 'arn:aws:ebs:eu-west-1:111111111111:volume/ebsvolume-0abc',
    });
  });
});
