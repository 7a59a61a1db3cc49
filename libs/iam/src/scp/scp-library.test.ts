import { POLICY_SIZE_LIMITS } from '../policy/policy-size';
import { denyIamUserAccessKeys } from './deny-iam-user-access-keys';
import { denyLeavingOrganization } from './deny-leaving-organization';
import { denyRootUser } from './deny-root-user';
import { denyS3PublicAccessBlockChanges } from './deny-s3-public-access-block-changes';
import { protectSecurityServices } from './protect-security-services';
import { requireImdsv2 } from './require-imdsv2';
import { GLOBAL_SERVICE_ACTIONS, restrictRegions } from './restrict-regions';
import { ServiceControlPolicy } from './service-control-policy';

const exempt = { exemptRoleNames: ['BreakGlass'] };
const exemptCondition = { ArnNotLike: { 'aws:PrincipalARN': ['arn:aws:iam::*:role/BreakGlass'] } };

function statements(scp: ServiceControlPolicy) {
  return scp.document.toJson().Statement;
}

describe('SCP library', () => {
  it('every SCP, with every option, fits the 5,120-character SCP quota', () => {
    const all = [
      denyLeavingOrganization(),
      denyRootUser(),
      denyIamUserAccessKeys(exempt),
      denyS3PublicAccessBlockChanges(exempt),
      protectSecurityServices(exempt),
      requireImdsv2(exempt),
      restrictRegions({ allowedRegions: ['eu-west-1', 'eu-central-1', 'us-east-1'], ...exempt }),
    ];
    for (const scp of all) {
      expect(scp.document.validate('scp')).toEqual([]);
      expect(scp.document.size()).toBeLessThanOrEqual(POLICY_SIZE_LIMITS.scp);
    }
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
  });

  it('denyLeavingOrganization denies organizations:LeaveOrganization', () => {
    expect(statements(denyLeavingOrganization())).toEqual([
      {
        Sid: 'DenyLeaveOrganization',
        Effect: 'Deny',
        Action: ['organizations:LeaveOrganization'],
        Resource: ['*'],
      },
    ]);
  });

  it('denyRootUser denies everything to root principals', () => {
    expect(statements(denyRootUser())).toEqual([
      {
        Sid: 'DenyRootUser',
        Effect: 'Deny',
        Action: ['*'],
        Resource: ['*'],
        Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
      },
    ]);
  });

  it('denyIamUserAccessKeys denies creating keys for users, except for exempt roles', () => {
    expect(statements(denyIamUserAccessKeys(exempt))).toEqual([
      {
        Sid: 'DenyCreateAccessKey',
        Effect: 'Deny',
        Action: ['iam:CreateAccessKey'],
        Resource: ['arn:aws:iam::*:user/*'],
        Condition: exemptCondition,
      },
    ]);
    expect(statements(denyIamUserAccessKeys())[0].Condition).toBeUndefined();
  });

  it('denyS3PublicAccessBlockChanges denies s3:PutAccountPublicAccessBlock', () => {
    expect(statements(denyS3PublicAccessBlockChanges())).toEqual([
      {
        Sid: 'DenyAccountPublicAccessBlockChanges',
        Effect: 'Deny',
        Action: ['s3:PutAccountPublicAccessBlock'],
        Resource: ['*'],
      },
    ]);
  });

  it('protectSecurityServices covers CloudTrail, Config and GuardDuty, each switchable', () => {
    const all = statements(protectSecurityServices(exempt));
    expect(all.map((s) => s.Sid)).toEqual(['ProtectCloudTrail', 'ProtectConfig', 'ProtectGuardDuty']);
    for (const s of all)
      expect(s).toMatchObject({ Effect: 'Deny', Resource: ['*'], Condition: exemptCondition });
    expect(all[0].Action).toEqual(
      expect.arrayContaining(['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail']),
    );
    expect(all[1].Action).toEqual(
      expect.arrayContaining(['config:StopConfigurationRecorder', 'config:DeleteDeliveryChannel']),
    );
    expect(all[2].Action).toEqual(
      expect.arrayContaining(['guardduty:DeleteDetector', 'guardduty:CreateFilter']),
    );
    const onlyTrail = statements(protectSecurityServices({ config: false, guardDuty: false }));
    expect(onlyTrail.map((s) => s.Sid)).toEqual(['ProtectCloudTrail']);
    expect(() => protectSecurityServices({ cloudTrail: false, config: false, guardDuty: false })).toThrow(
      /protect at least one/,
    );
  });

  it('requireImdsv2 requires tokens and a hop limit at launch, locks metadata options and refuses IMDSv1 credentials', () => {
    expect(statements(requireImdsv2({ maxHopLimit: 1, ...exempt }))).toEqual([
      {
        Sid: 'RequireImdsv2AtLaunch',
        Effect: 'Deny',
        Action: ['ec2:RunInstances'],
        Resource: ['arn:aws:ec2:*:*:instance/*'],
        Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } },
      },
      {
        Sid: 'LimitMetadataHopLimit',
        Effect: 'Deny',
        Action: ['ec2:RunInstances'],
        Resource: ['arn:aws:ec2:*:*:instance/*'],
        Condition: { NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': '1' } },
      },
      {
        Sid: 'DenyMetadataOptionChanges',
        Effect: 'Deny',
        Action: ['ec2:ModifyInstanceMetadataOptions'],
        Resource: ['*'],
        Condition: exemptCondition,
      },
      {
        Sid: 'DenyImdsv1Credentials',
        Effect: 'Deny',
        Action: ['*'],
        Resource: ['*'],
        Condition: { NumericLessThan: { 'ec2:RoleDelivery': '2.0' } },
      },
    ]);
    expect(() => requireImdsv2({ maxHopLimit: 0 })).toThrow(/maxHopLimit .* got 0/);
  });

  it('restrictRegions denies all but global actions outside the approved regions, exempting the named role', () => {
    const scp = restrictRegions({
      allowedRegions: ['eu-west-1'],
      additionalGlobalActions: ['acm:*'],
      ...exempt,
    });
    expect(statements(scp)).toEqual([
      {
        Sid: 'DenyOutsideApprovedRegions',
        Effect: 'Deny',
        NotAction: [...GLOBAL_SERVICE_ACTIONS, 'acm:*'],
        Resource: ['*'],
        Condition: {
          StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] },
          ...exemptCondition,
        },
      },
    ]);
    expect(GLOBAL_SERVICE_ACTIONS).toEqual(expect.arrayContaining(['iam:*', 'sts:*', 'organizations:*']));
    expect(GLOBAL_SERVICE_ACTIONS).not.toContain('ec2:*');
  });

  it.each<[string, () => unknown, RegExp]>([
    ['no allowed regions', () => restrictRegions({ allowedRegions: [] }), /allowedRegions is empty/],
    [
      'a misspelt region',
      () => restrictRegions({ allowedRegions: ['eu-west1'] }),
      /"eu-west1" is not a region/,
    ],
    [
      'an exempt role written as an ARN',
      () => denyIamUserAccessKeys({ exemptRoleNames: ['arn:aws:iam::1:role/x'] }),
      /exempt role name .* is not valid/,
    ],
    [
      'an exempt role with a leading slash',
      () => requireImdsv2({ exemptRoleNames: ['/admin/x'] }),
      /not valid/,
    ],
  ])('rejects %s', (_title, build, message) => {
    expect(build).toThrow(message);
  });
});
