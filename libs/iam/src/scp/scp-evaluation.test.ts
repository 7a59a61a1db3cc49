import { ADMINISTRATOR_ACCESS, FULL_AWS_ACCESS } from '../test-support/aws-managed-policies';
import { ACCOUNT, Decision, Request, simulate } from '../test-support/simulate';
import { denyIamUserAccessKeys } from './deny-iam-user-access-keys';
import { denyLeavingOrganization } from './deny-leaving-organization';
import { denyRootUser } from './deny-root-user';
import { denyS3PublicAccessBlockChanges } from './deny-s3-public-access-block-changes';
import { protectSecurityServices } from './protect-security-services';
import { requireImdsv2 } from './require-imdsv2';
import { ServiceControlPolicy } from './service-control-policy';

const admin = `arn:aws:iam::${ACCOUNT}:role/Admin`;
const breakGlass = `arn:aws:iam::${ACCOUNT}:role/BreakGlass`;
const exempt = { exemptRoleNames: ['BreakGlass'] };

/** An administrator's request under FullAWSAccess plus `scp`, as AWS would evaluate it in a member account. */
function underScp(
  scp: ServiceControlPolicy,
  request: Omit<Request, 'principal'> & { principal?: string },
): Promise<Decision> {
  const principal = request.principal ?? admin;
  return simulate(
    { ...request, principal, context: { 'aws:PrincipalArn': principal, ...request.context } },
    { identity: [ADMINISTRATOR_ACCESS], scps: [[FULL_AWS_ACCESS, scp.document.toJson()]] },
  );
}

describe('SCP library, by policy evaluation', () => {
  it('denyLeavingOrganization stops an administrator leaving', async () => {
    const leave = { action: 'organizations:LeaveOrganization', resource: '*' };
    expect(await underScp(denyLeavingOrganization(), leave)).toBe('ExplicitlyDenied');
  });

  it('denyRootUser stops the root user but not an administrator role', async () => {
    const list = { action: 's3:ListAllMyBuckets', resource: '*' };
    expect(await underScp(denyRootUser(), { ...list, principal: `arn:aws:iam::${ACCOUNT}:root` })).toBe(
      'ExplicitlyDenied',
    );
    expect(await underScp(denyRootUser(), list)).toBe('Allowed');
  });

  it('denyIamUserAccessKeys stops creating keys, except for the exempt role', async () => {
    const create = { action: 'iam:CreateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/bob` };
    expect(await underScp(denyIamUserAccessKeys(exempt), create)).toBe('ExplicitlyDenied');
    expect(await underScp(denyIamUserAccessKeys(exempt), { ...create, principal: breakGlass })).toBe(
      'Allowed',
    );
  });

  it('denyS3PublicAccessBlockChanges stops changing the account public access block', async () => {
    const put = { action: 's3:PutAccountPublicAccessBlock', resource: '*' };
    expect(await underScp(denyS3PublicAccessBlockChanges(), put)).toBe('ExplicitlyDenied');
  });

  it('protectSecurityServices stops StopLogging, StopConfigurationRecorder and DeleteDetector but not reads', async () => {
    const scp = protectSecurityServices(exempt);
    const trail = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org`;
    expect(await underScp(scp, { action: 'cloudtrail:StopLogging', resource: trail })).toBe(
      'ExplicitlyDenied',
    );
    expect(
      await underScp(scp, { action: 'cloudtrail:StopLogging', resource: trail, principal: breakGlass }),
    ).toBe('Allowed');
    expect(await underScp(scp, { action: 'config:StopConfigurationRecorder', resource: '*' })).toBe(
      'ExplicitlyDenied',
    );
    const detector = `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/abc`;
    expect(await underScp(scp, { action: 'guardduty:DeleteDetector', resource: detector })).toBe(
      'ExplicitlyDenied',
    );
    expect(await underScp(scp, { action: 'cloudtrail:GetTrailStatus', resource: trail })).toBe('Allowed');
  });

  it('requireImdsv2 stops launches without IMDSv2 and credentials delivered by IMDSv1', async () => {
    const scp = requireImdsv2();
    const launch = { action: 'ec2:RunInstances', resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*` };
    const tokens = (httpTokens: string, hopLimit = '1') => ({
      ...launch,
      context: { 'ec2:MetadataHttpTokens': httpTokens, 'ec2:MetadataHttpPutResponseHopLimit': hopLimit },
    });
    expect(await underScp(scp, tokens('optional'))).toBe('ExplicitlyDenied');
    expect(await underScp(scp, tokens('required'))).toBe('Allowed');
    expect(await underScp(scp, tokens('required', '5'))).toBe('ExplicitlyDenied');
    const read = { action: 's3:ListAllMyBuckets', resource: '*' };
    expect(await underScp(scp, { ...read, context: { 'ec2:RoleDelivery': '1.0' } })).toBe('ExplicitlyDenied');
    expect(await underScp(scp, { ...read, context: { 'ec2:RoleDelivery': '2.0' } })).toBe('Allowed');
  });
});
