import { DriftInputError } from '../errors';
import { parseLive } from './parse-live';

// Shapes from the AWS Organizations API reference: DescribeOrganization, ListRoots and
// ListAWSServiceAccessForOrganization responses, merged as `jq -s add` merges the three CLI outputs.
const describeOrganization = {
  Organization: {
    Id: 'o-exampleorgid',
    Arn: 'arn:aws:organizations::111111111111:organization/o-exampleorgid',
    FeatureSet: 'ALL',
    MasterAccountArn: 'arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111',
    MasterAccountId: '111111111111',
    MasterAccountEmail: 'bill@example.com',
    AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
  },
};
const listRoots = {
  Roots: [
    {
      Id: 'r-examplerootid111',
      Arn: 'arn:aws:organizations::111111111111:root/o-exampleorgid/r-examplerootid111',
      Name: 'Root',
      PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
  ],
};
const listServiceAccess = {
  EnabledServicePrincipals: [
    { ServicePrincipal: 'config.amazonaws.com', DateEnabled: '2026-11-20T09:14:07Z' },
  ],
};

describe('the organization read directly (Organizations API outputs, merged)', () => {
  it('is one direct item of the management account, global, proving nothing about other resources', () => {
    const live = parseLive({ ...describeOrganization, ...listRoots, ...listServiceAccess }, 'org.json');
    expect(live.inventories).toEqual([]);
    expect(live.items).toEqual([
      expect.objectContaining({
        source: 'direct',
        resourceType: 'AWS::Organizations::Organization',
        resourceId: 'o-exampleorgid',
        accountId: '111111111111',
        awsRegion: 'global',
        configuration: { ...describeOrganization, ...listRoots, ...listServiceAccess },
      }),
    ]);
  });

  it('reads DescribeOrganization alone, in an array with other forms', () => {
    const live = parseLive(
      [describeOrganization, { PasswordPolicy: { MinimumPasswordLength: 14 } }],
      'mixed.json',
      {
        accountId: '111111111111',
      },
    );
    expect(live.items.map((i) => i.resourceType)).toEqual([
      'AWS::Organizations::Organization',
      'AWS::IAM::AccountPasswordPolicy',
    ]);
  });

  it('names the field of a malformed read', () => {
    expect(() => parseLive({ Organization: { FeatureSet: 'ALL' } }, 'org.json')).toThrow(
      new DriftInputError('org.json', '/Organization/Id', 'the organization id (o-…)', 'nothing'),
    );
    expect(() => parseLive({ ...describeOrganization, Roots: 'r-1' }, 'org.json')).toThrow(
      /\/Roots: expected the Roots list/,
    );
  });
});
