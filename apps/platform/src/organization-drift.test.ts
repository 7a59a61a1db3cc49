// The organization's drift stacks: the audit account's central stack and each environment account's forwarding and
// read-role stack, synthesized with the platform's aspects, guard-clean and validated offline.
import { Aspects } from 'cdktf';
import { join } from 'node:path';
import {
  ADAPTED_TYPES_BY_SOURCE,
  CLOUD_CONTROL_READ_ACTIONS,
  CLOUD_CONTROL_READ_PERMISSIONS,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';
import { scanTerraform } from '@groundwork/guard';
import { Guard, MEMBER_READ_ACTIONS, Tagging } from '@groundwork/governance';
import { itPassesTerraform, synthApp, testApp } from '@groundwork/testing';
import { loadPlatformConfig } from './app';
import { DriftMemberStack } from './stacks/drift-member-stack';
import { centralDriftArns, OrganizationDriftStack } from './stacks/organization-drift-stack';
import type { PlatformStack } from './stacks/platform-stack';

const AUDIT_ACCOUNT = '999999999999';
const ORGANIZATION_ID = 'o-exampleorg1';

interface PolicyStatement {
  Action: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
  Principal?: unknown;
}

describe('organization drift stacks', () => {
  const config = loadPlatformConfig();
  const app = testApp();
  const add = <T extends PlatformStack>(stack: T, environment: string): T => {
    Aspects.of(stack).add(new Tagging({ project: config.org.project, environment, owner: config.org.owner }));
    Aspects.of(stack).add(new Guard());
    return stack;
  };
  const region = config.org.stateRegion;
  const central = add(
    new OrganizationDriftStack(app, 'drift-organization', {
      org: config.org,
      backend: 'local',
      accountId: AUDIT_ACCOUNT,
      region,
      organizationId: ORGANIZATION_ID,
      regions: config.org.approvedRegions,
      bundleZip: join(__dirname, '__fixtures__/drift-bundle.zip'),
      alertEmails: ['platform-alerts@example.com'],
    }),
    'audit',
  );
  const arns = centralDriftArns(config.org.project, AUDIT_ACCOUNT, region);
  for (const env of config.environments)
    add(
      new DriftMemberStack(app, `drift-member-${env.name}`, {
        org: config.org,
        backend: 'local',
        env,
        auditAccountId: AUDIT_ACCOUNT,
        centralBusArn: arns.busArn,
        centralRoleArns: arns.roleArns,
        centralDeliveryRoleArn: arns.deliveryRoleArn,
      }),
      env.name,
    );
  const stacks = synthApp(app);

  it('synthesizes the central stack and one member stack per environment', () => {
    expect(Object.keys(stacks).sort()).toEqual([
      'drift-member-dev',
      'drift-member-prod',
      'drift-organization',
    ]);
  });

  it('passes guard: no unsuppressed error or warning, every suppression says why', () => {
    const findings = Object.entries(stacks).flatMap(([name, s]) => scanTerraform(s.json, { stack: name }));
    expect(
      findings.filter((f) => !f.suppressed).map((f) => `${f.stack} ${f.ruleId} ${f.constructPath}`),
    ).toEqual([]);
    for (const f of findings.filter((x) => x.suppressed))
      expect(f.suppressed?.reason.length).toBeGreaterThan(20);
  });

  it('points the member stacks at the central bus and roles the central stack creates', () => {
    const c = stacks['drift-organization'];
    expect(arns.busArn.endsWith(`:event-bus/${c.resource('aws_cloudwatch_event_bus').values.name}`)).toBe(
      true,
    );
    const roleNames = c.resources('aws_iam_role').map((r) => r.values.name);
    for (const arn of [...arns.roleArns, arns.deliveryRoleArn])
      expect(roleNames).toContain(arn.split('/').pop());
    expect(central.checker.functionRoleArns).toHaveLength(arns.roleArns.length);
    expect(c.resource('aws_lambda_function', 'delivery').values.role).toMatch(/aws_iam_role\..*delivery/);
  });

  it('forwards Config changes to the central bus and trusts only the central roles, for reads only', () => {
    const dev = stacks['drift-member-dev'];
    expect(dev.resource('aws_cloudwatch_event_target').values.arn).toBe(arns.busArn);
    const readRole = dev.resources('aws_iam_role').find((r) => r.values.name === 'groundwork-drift-read')!;
    const trust = JSON.parse(readRole.values.assume_role_policy as string).Statement as PolicyStatement[];
    expect(trust).toHaveLength(1);
    expect(trust[0].Principal).toEqual({ AWS: [`arn:aws:iam::${AUDIT_ACCOUNT}:root`] });
    expect(trust[0].Condition).toEqual({ ArnEquals: { 'aws:PrincipalArn': arns.roleArns } });
    const grant = dev
      .resources('aws_iam_role_policy')
      .find((p) => String(p.values.name) === 'read-configuration')!;
    const actions = (JSON.parse(grant.values.policy as string).Statement as PolicyStatement[]).flatMap((s) =>
      Array.isArray(s.Action) ? s.Action : [s.Action],
    );
    expect(actions.sort()).toEqual([...MEMBER_READ_ACTIONS].sort());
    for (const a of actions) expect(a).toMatch(/:(Get|List|BatchGet|Select|Describe)/);
  });

  it('lets the read role make every call the sweep makes for the types it reads in the member accounts', () => {
    const dev = stacks['drift-member-dev'];
    const allowed = new Set(
      dev
        .resources('aws_iam_role_policy')
        .filter((p) => String(p.values.name) === 'read-configuration')
        .flatMap((p) => JSON.parse(p.values.policy as string).Statement as PolicyStatement[])
        .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])),
    );
    const needed = [
      ...CLOUD_CONTROL_READ_ACTIONS,
      ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol.flatMap((t) => CLOUD_CONTROL_READ_PERMISSIONS[t]!.actions),
      ...ADAPTED_TYPES_BY_SOURCE.direct.flatMap((t) => DIRECT_READ_PERMISSIONS[t]!.actions),
    ];
    expect(needed.filter((a) => !allowed.has(a))).toEqual([]);
    expect(allowed).toContain('logs:DescribeLogGroups');
    expect(allowed).toContain('iam:GetAccountPasswordPolicy');
    // Exactly those: no broad managed policy beside them.
    const readRoleName = dev
      .resources('aws_iam_role')
      .find((r) => r.values.name === 'groundwork-drift-read')!;
    expect(
      dev
        .resources('aws_iam_role_policy_attachment')
        .filter((a) => String(a.values.role).includes(readRoleName.name)),
    ).toEqual([]);
  });

  it('lets only the central delivery function put evaluations in a member account, and nothing else', () => {
    const dev = stacks['drift-member-dev'];
    const role = dev.resources('aws_iam_role').find((r) => r.values.name === 'groundwork-drift-deliver')!;
    const trust = JSON.parse(role.values.assume_role_policy as string).Statement as PolicyStatement[];
    expect(trust).toHaveLength(1);
    expect(trust[0].Principal).toEqual({ AWS: [`arn:aws:iam::${AUDIT_ACCOUNT}:root`] });
    expect(trust[0].Condition).toEqual({ ArnEquals: { 'aws:PrincipalArn': [arns.deliveryRoleArn] } });
    const grant = dev
      .resources('aws_iam_role_policy')
      .find((p) => String(p.values.name) === 'put-evaluations')!;
    expect(JSON.parse(grant.values.policy as string).Statement).toEqual([
      { Sid: 'PutEvaluations', Effect: 'Allow', Action: ['config:PutEvaluations'], Resource: ['*'] },
    ]);
  });

  it('creates the organization rule in every swept region, the stack region delivering the global types', () => {
    const c = stacks['drift-organization'];
    const rules = c
      .resources('aws_config_organization_custom_rule')
      .map((r) => r.values.provider ?? 'default');
    expect(rules.sort()).toEqual(
      ['default', ...config.org.approvedRegions.filter((r) => r !== region).map((r) => `aws.${r}`)].sort(),
    );
  });

  itPassesTerraform('passes terraform validate and a mock apply', () =>
    Object.entries(stacks).map(([name, s]) => ({ name, config: s.json })),
  );
});
