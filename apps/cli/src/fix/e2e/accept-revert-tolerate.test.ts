// drift fix end to end on the simulated account: accept turns MODIFIED findings IN_SYNC once the generated module is
// applied to the app; tolerate hides exactly the finding until its rule expires; revert names the right targets.
import type { ConfigItem } from '@groundwork/aws-sim';
import type { DriftReport, ResourceResult } from '@groundwork/drift';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIFT_SCENARIOS } from '../../drift/e2e/drift-scenarios';
import { createFixWorkspace, FixWorkspace } from './fix-workspace';

let ws: FixWorkspace;
beforeAll(() => {
  ws = createFixWorkspace();
});
afterAll(() => ws.remove());

const inject = (...kinds: string[]): ConfigItem[] => {
  let items = ws.items();
  for (const kind of kinds) {
    const scenario = DRIFT_SCENARIOS.find((s) => s.kind === kind);
    if (!scenario) throw new Error(`no scenario "${kind}"`);
    items = scenario.inject(items, ws.account);
  }
  return items;
};
const at = (report: DriftReport, path: string): ResourceResult => {
  const found = report.resources.find((r) => r.constructPath === path);
  if (!found) throw new Error(`no finding at ${path}`);
  return found;
};
const writeReport = (report: DriftReport, name: string) => {
  const file = join(ws.work, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
};

describe('drift fix --accept', () => {
  const kinds = [
    'instance type changed',
    'database made publicly accessible',
    'bucket versioning suspended',
    'AdministratorAccess attached to a role',
    'port 22 opened to the world',
  ];
  let items: ConfigItem[];
  let result: Awaited<ReturnType<FixWorkspace['fix']>>;

  beforeAll(async () => {
    rmSync(ws.codeDir, { recursive: true, force: true });
    items = inject(...kinds);
    const report = await ws.checkJson(items);
    result = await ws.fix('--report', writeReport(report, 'accept.json'), '--iac', ws.iac, '--accept', 'all');
  });

  it('writes the accepted values keyed by construct path, where the IaC set the expected value', () => {
    const table = JSON.parse(readFileSync(join(ws.codeDir, 'accepted-values.json'), 'utf8'));
    expect(table['platform/compute/bastion']).toEqual([
      expect.objectContaining({ set: 'instance_type', value: 't3.xlarge', was: 't3.micro' }),
    ]);
    expect(table['platform/database/db']).toEqual([
      expect.objectContaining({ set: 'publicly_accessible', value: true, was: false }),
    ]);
    // The bucket's versioning lives in its own resource: the value goes there, in Terraform's argument.
    expect(table['platform/storage/assets-versioning']).toEqual([
      expect.objectContaining({ set: 'versioning_configuration.status', value: 'Suspended', was: 'Enabled' }),
    ]);
    expect(table['platform/identity/app-role']).toEqual([
      expect.objectContaining({
        attachPolicy: 'arn:aws:iam::aws:policy/AdministratorAccess',
        importId: 'platform-app/arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    ]);
  });

  it('says what it could not accept, and why, with exit 1', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /accept aws_security_group\.network_alb-sg_\w+: ingress: ingress is a structure \(rules, policies, sets\)/,
    );
    const summary = readFileSync(join(ws.work, 'drift-fix', 'drift-fix.md'), 'utf8');
    expect(summary).toContain(
      '| `platform/compute/bastion` | `instance_type` (property `Instance.instanceType`) | `"t3.micro"` | `"t3.xlarge"` |',
    );
    expect(summary).toContain('### Could not be done');
  });

  it('says what guard objects to once the values are accepted', () => {
    const warnings = result.stderr
      .split('\n')
      .filter((l) => l.includes('once accepted, guard'))
      .map((l) => /guard (\S+) \((\w+)\) objects at (\S+):/.exec(l)?.slice(1).join(' '));
    expect(warnings.sort()).toEqual([
      'GW-IAM-001 error platform/identity/accepted-AdministratorAccess',
      'GW-RDS-002 error platform/database/db',
      'GW-S3-006 warning platform/storage/assets',
    ]);
    const summary = readFileSync(join(ws.work, 'drift-fix', 'drift-fix.md'), 'utf8');
    expect(summary).toContain('Guard objects to the accepted values');
    expect(summary).toMatch(
      /- error GW-RDS-002 `platform\/database\/db`: publicly_accessible is true\. Fix: /,
    );
  });

  it('generates modules that type-check: the provider property where the argument is one, an override otherwise', () => {
    const module = readFileSync(join(ws.codeDir, 'accepted-values.ts'), 'utf8');
    expect(module).toContain(
      'resourceAs(app, "platform/compute/bastion", Instance).instanceType = "t3.xlarge";',
    );
    expect(module).toContain(
      'resourceAs(app, "platform/database/db", DbInstance).publiclyAccessible = true;',
    );
    expect(module).toContain(
      'resourceAt(app, "platform/storage/assets-versioning").addOverride("versioning_configuration.status", "Suspended");',
    );
    expect(ws.typecheckCode()).toBe('');
  }, 240_000);

  it('turns every accepted finding IN_SYNC on the next check, and leaves the rest as it was', async () => {
    const iac = join(ws.work, 'accepted.out');
    ws.synthWithFixes(iac);
    const again = await ws.checkJson(items, { iac });
    for (const path of [
      'platform/compute/bastion',
      'platform/database/db',
      'platform/storage/assets',
      'platform/identity/app-role',
    ])
      expect([path, at(again, path).status]).toEqual([path, 'IN_SYNC']);
    expect(at(again, 'platform/network/alb-sg').status).toBe('MODIFIED');
    expect(again.summary.modified).toBe(1);
    // The kept attachment is imported, not created: its import block names the role and the policy.
    const stack = JSON.parse(readFileSync(join(iac, 'stacks/platform/cdk.tf.json'), 'utf8'));
    expect(stack.import).toEqual([
      {
        id: 'platform-app/arn:aws:iam::aws:policy/AdministratorAccess',
        to: expect.stringMatching(/^aws_iam_role_policy_attachment\./),
      },
    ]);
  });

  it('merges a later run into the same table', async () => {
    const report = await ws.checkJson(inject('database deletion protection turned off'));
    await ws.fix(
      '--report',
      writeReport(report, 'accept-2.json'),
      '--iac',
      ws.iac,
      '--accept',
      'platform/database/db',
    );
    const table = JSON.parse(readFileSync(join(ws.codeDir, 'accepted-values.json'), 'utf8'));
    expect(table['platform/database/db'].map((e: { set: string }) => e.set)).toEqual([
      'publicly_accessible',
      'deletion_protection',
    ]);
    expect(table['platform/compute/bastion']).toHaveLength(1);
  });
});

describe('drift fix --tolerate', () => {
  it('adds rules with an expiry and a reason that hide exactly that finding', async () => {
    const items = inject(
      'instance type changed',
      'IMDSv1 re-enabled on an instance',
      'topic encryption removed',
    );
    const report = await ws.checkJson(items);
    const ignoreFile = join(ws.work, '.driftignore');
    writeFileSync(ignoreFile, '# team rules\n');
    const result = await ws.fix(
      '--report',
      writeReport(report, 'tolerate.json'),
      '--iac',
      ws.iac,
      '--tolerate',
      'platform/compute/bastion',
      '--reason',
      'load test until the end of the year',
      '--expires',
      '2026-12-31',
    );
    expect(result.code).toBe(0);
    const rules = readFileSync(ignoreFile, 'utf8');
    expect(rules).toMatch(
      /^# team rules\n# expires 2026-12-31: load test until the end of the year \(MODIFIED aws_instance\.compute_bastion_\w+ in tolerate\.json\)\naws_instance\.compute_bastion_\w+\.instance_type\n# expires 2026-12-31: [^\n]+\naws_instance\.compute_bastion_\w+\.metadata_options\.http_tokens\n$/,
    );
    const during = await ws.checkJson(items, { args: ['--ignore', ignoreFile] });
    expect(at(during, 'platform/compute/bastion').status).toBe('IN_SYNC');
    expect(at(during, 'shared/ops/alerts').status).toBe('MODIFIED');
    // After the expiry the drift is back.
    writeFileSync(ignoreFile, rules.replace(/2026-12-31/g, '2020-01-01'));
    const after = await ws.checkJson(items, { args: ['--ignore', ignoreFile] });
    expect(at(after, 'platform/compute/bastion').status).toBe('MODIFIED');
  });

  it('needs a reason', async () => {
    const report = await ws.checkJson(inject('instance type changed'));
    const result = await ws.fix(
      '--report',
      writeReport(report, 't2.json'),
      '--iac',
      ws.iac,
      '--tolerate',
      'all',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--tolerate needs --reason');
    expect(existsSync(join(ws.work, 'drift-fix', 'revert.sh'))).toBe(false);
  });
});

describe('drift fix --revert', () => {
  it('targets every address of a modified resource, and a deleted one with what refers to it', async () => {
    const items = inject(
      'port 22 opened to the world',
      'NAT gateway deleted',
      'function timeout raised',
      'AdministratorAccess attached to a role',
    );
    const report = await ws.checkJson(items);
    const result = await ws.fix(
      '--report',
      writeReport(report, 'revert.json'),
      '--iac',
      ws.iac,
      '--revert',
      'all',
    );
    expect(result.code).toBe(0);
    const script = readFileSync(join(ws.work, 'drift-fix', 'revert.sh'), 'utf8');
    const nat = at(report, 'platform/network/nat').address;
    const sg = at(report, 'platform/network/alb-sg');
    const fn = at(report, 'shared/ops/fn');
    const targets = (stack: string) =>
      [
        ...script
          .split(`# ${stack}:`)[1]
          .split('\n\n')[0]
          .matchAll(/-target='([^']+)'/g),
      ].map((m) => m[1]);
    // The security group with its rule resources; the NAT gateway with the route table that routes through it.
    const role = at(report, 'platform/identity/app-role');
    const platform = targets('platform');
    expect(platform.filter((t) => !t.startsWith('aws_route_table.'))).toEqual(
      [...sg.addresses, nat, ...role.addresses].sort(),
    );
    // Attached live to a role whose attachments are separate resources: detached after the apply.
    expect(script).toContain(
      "aws iam detach-role-policy --role-name 'platform-app' --policy-arn 'arn:aws:iam::aws:policy/AdministratorAccess'",
    );
    expect(platform.filter((t) => t.startsWith('aws_route_table.'))).toEqual([
      expect.stringMatching(/^aws_route_table\.network_private-rt_/),
    ]);
    // The function with what is folded into its finding (its permission).
    expect(targets('shared')).toEqual([...fn.addresses].sort());
    expect(script).toMatch(
      /was DELETED: this plan recreates it \(AWS gives it a new id\); aws_route_table\.network_private-rt_\w+ refer to it/,
    );
    // The group's rules are separate resources: terraform leaves a rule added live alone, so it is revoked.
    expect(script).toContain(
      `aws ec2 revoke-security-group-ingress --region ${sg.region} --group-id ${sg.resourceId} --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'`,
    );
    // Per stack: init, plan with the targets into a saved plan, then apply that plan.
    expect(
      script.indexOf('terraform -chdir="$IAC_DIR/stacks/platform" plan -input=false -out=revert.tfplan'),
    ).toBeLessThan(
      script.indexOf('terraform -chdir="$IAC_DIR/stacks/platform" apply -input=false revert.tfplan'),
    );
  });
});
