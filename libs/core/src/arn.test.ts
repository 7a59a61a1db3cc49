import { isAccountId, parseArn } from './arn';

describe('parseArn', () => {
  it('splits regional, global and partitioned ARNs', () => {
    expect(parseArn('arn:aws:logs:eu-west-1:111111111111:log-group:/app/web:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'eu-west-1',
      account: '111111111111',
      resource: 'log-group:/app/web:*',
    });
    expect(parseArn('arn:aws:iam::222222222222:role/ops/Deploy')).toMatchObject({
      region: '',
      account: '222222222222',
      resource: 'role/ops/Deploy',
    });
    expect(parseArn('arn:aws-us-gov:s3:::bucket')).toMatchObject({ partition: 'aws-us-gov', account: '' });
    expect(
      parseArn('arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess'),
    ).toMatchObject({ account: 'aws' });
  });

  it('refuses what is not an ARN', () => {
    expect(parseArn('${aws_iam_role.x.arn}')).toBeUndefined();
    expect(parseArn('arn:aws:iam')).toBeUndefined();
    expect(parseArn('vpc-123')).toBeUndefined();
    expect(parseArn(42)).toBeUndefined();
  });
});

describe('isAccountId', () => {
  it('accepts 12 digits only', () => {
    expect(isAccountId('012345678901')).toBe(true);
    expect(isAccountId('12345678901')).toBe(false);
    expect(isAccountId('aws')).toBe(false);
    expect(isAccountId(123456789012)).toBe(false);
  });
});
