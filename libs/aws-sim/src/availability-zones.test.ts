import { zoneId, zoneIdPrefix, zoneNames } from './availability-zones';

describe('availability zones', () => {
  it('shortens the region code the way AWS writes AZ ids', () => {
    expect(
      [
        'eu-west-1',
        'us-east-1',
        'us-east-2',
        'eu-central-1',
        'ap-southeast-2',
        'ap-northeast-1',
        'ca-central-1',
      ].map(zoneIdPrefix),
    ).toEqual(['euw1', 'use1', 'use2', 'euc1', 'apse2', 'apne1', 'cac1']);
    expect(zoneIdPrefix('us-gov-west-1')).toBe('usgw1');
    expect(zoneIdPrefix('sa-east-1')).toBe('sae1');
  });

  it('numbers the zones of a region in letter order', () => {
    expect(zoneNames('us-east-1').map(zoneId)).toEqual(['use1-az1', 'use1-az2', 'use1-az3']);
    expect(zoneId('eu-west-1c')).toBe('euw1-az3');
    expect(zoneId('ap-southeast-2a')).toBe('apse2-az1');
  });

  it('names what it cannot read', () => {
    expect(() => zoneIdPrefix('europe')).toThrow(/region "europe" is not an AWS region code like eu-west-1/);
    expect(() => zoneIdPrefix('xx-upward-1')).toThrow(/no AZ id is known for "upward"/);
    expect(() => zoneId('${aws_subnet.a.availability_zone}')).toThrow(/is not an availability zone name/);
  });
});
