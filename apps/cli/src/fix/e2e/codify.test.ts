// drift fix --codify end to end on the simulated account: a security group, a bucket and a role made by hand are
// codified; the generated code type-checks, synthesizes, is scanned by guard and passes terraform validate; applied
// (its import blocks adopt the live resources), the next check reports them managed and IN_SYNC.
import { appliedAt, handMadeItems, simulateAccount, type ConfigItem } from '@groundwork/aws-sim';
import type { DriftReport } from '@groundwork/drift';
import { terraformCheck, type TerraformCheckCase } from '@groundwork/testing';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../drift/e2e/fixture-app';
import { createFixWorkspace, FixWorkspace } from './fix-workspace';

const TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

let ws: FixWorkspace;
let items: ConfigItem[];
let report: DriftReport;
let result: Awaited<ReturnType<FixWorkspace['fix']>>;
const codifiedOut = () => join(ws.work, 'codified.out');

beforeAll(async () => {
  ws = createFixWorkspace();
  const vpcId = appliedAt(ws.account, 'platform/network/vpc').attrs['id'] as string;
  const byHand = handMadeItems(
    [
      {
        type: 'aws_security_group',
        name: 'legacy',
        values: {
          name: 'legacy-admin',
          description: 'Admin access made in the console',
          vpc_id: vpcId,
          ingress: [
            {
              protocol: 'tcp',
              from_port: 443,
              to_port: 443,
              cidr_blocks: ['10.20.0.0/16'],
              description: 'office',
            },
          ],
          egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/16'] }],
          tags: { Owner: 'ops' },
        },
      },
      {
        type: 'aws_s3_bucket',
        name: 'exports',
        values: { bucket: 'legacy-exports-e2e', tags: { Owner: 'data' } },
      },
      {
        type: 'aws_iam_role',
        name: 'ci',
        values: { name: 'legacy-ci', assume_role_policy: JSON.stringify(TRUST), tags: { Owner: 'ci' } },
      },
    ],
    { account: FIXTURE_ACCOUNT, region: FIXTURE_REGION },
  );
  items = [...ws.items(), ...byHand];
  report = await ws.checkJson(items);
  const snapshot = ws.writeSnapshot('codify-live.json', items);
  const reportFile = join(ws.work, 'codify.json');
  writeFileSync(reportFile, JSON.stringify(report));
  result = await ws.fix('--report', reportFile, '--iac', ws.iac, '--codify', 'all', '--snapshot', snapshot);
}, 240_000);
afterAll(() => ws.remove());

describe('drift fix --codify', () => {
  it('starts from three UNMANAGED resources', () => {
    const statuses = report.resources
      .filter((r) => r.status === 'UNMANAGED')
      .map((r) => r.resourceType)
      .sort();
    expect(statuses).toEqual(['AWS::EC2::SecurityGroup', 'AWS::IAM::Role', 'AWS::S3::Bucket']);
  });

  it('writes one module per resource, with deep provider imports and an import of each live id', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = readdirSync(join(ws.codeDir, 'codified')).sort();
    expect(files).toEqual([
      'platform-legacy-admin.ts',
      'platform-legacy-ci.ts',
      'platform-legacy-exports-e2e.ts',
    ]);
    const sg = readFileSync(join(ws.codeDir, 'codified', 'platform-legacy-admin.ts'), 'utf8');
    expect(sg).toContain("import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';");
    // In the stack that manages its VPC, referring to that VPC rather than to its id.
    expect(sg).toContain('resourceAt(app, "platform/network/vpc").getStringAttribute("id")');
    const groupId = report.resources.find(
      (r) => r.status === 'UNMANAGED' && r.resourceType === 'AWS::EC2::SecurityGroup',
    )?.resourceId;
    expect(sg).toContain(`securityGroup.importFrom("${groupId}");`);
    const role = readFileSync(join(ws.codeDir, 'codified', 'platform-legacy-ci.ts'), 'utf8');
    expect(role).toContain("import { IamRole } from '@cdktf/provider-aws/lib/iam-role';");
    expect(role).toContain('role.importFrom("legacy-ci");');
    const summary = readFileSync(join(ws.work, 'drift-fix', 'drift-fix.md'), 'utf8');
    expect(summary).toContain('platform/codified/legacy-exports-e2e');
  });

  it('lists what guard objects to in the generated code', () => {
    const summary = readFileSync(join(ws.work, 'drift-fix', 'drift-fix.md'), 'utf8');
    // A bare bucket made by hand has no public access block, versioning or TLS-only policy; the group and role pass.
    expect(summary).toContain('Guard objects to the codified resources as they are live');
    const objections = [...summary.matchAll(/^- (error|warning) (GW-[A-Z0-9-]+) `([^`]+)`/gm)].map(
      (m) => m[3],
    );
    expect(new Set(objections)).toEqual(new Set(['platform/codified/legacy-exports-e2e/bucket']));
    expect(summary).toMatch(/^- error GW-S3-001 `platform\/codified\/legacy-exports-e2e\/bucket`/m);
  });

  it('type-checks', () => {
    expect(ws.typecheckCode()).toBe('');
  }, 240_000);

  it('synthesizes with an import block per live resource, under <stack>/codified/<name>', () => {
    ws.synthWithFixes(codifiedOut());
    const stack = JSON.parse(readFileSync(join(codifiedOut(), 'stacks/platform/cdk.tf.json'), 'utf8'));
    const ids = (stack.import as { id: string }[]).map((i) => i.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['legacy-ci', 'legacy-exports-e2e']));
    expect(ids.some((id) => id.startsWith('sg-'))).toBe(true);
    const paths = Object.values(
      stack.resource as Record<string, Record<string, { '//': { metadata: { path: string } } }>>,
    )
      .flatMap((byName) => Object.values(byName))
      .map((r) => r['//'].metadata.path)
      .filter((p) => p.includes('/codified/'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'platform/codified/legacy-admin/security-group',
        'platform/codified/legacy-ci/role',
        'platform/codified/legacy-exports-e2e/bucket',
      ]),
    );
  });

  it('passes the offline terraform validate', () => {
    const cases: TerraformCheckCase[] = ['platform', 'shared'].map((name) => ({
      name,
      config: JSON.parse(readFileSync(join(codifiedOut(), `stacks/${name}/cdk.tf.json`), 'utf8')),
    }));
    const checked = terraformCheck(cases, { mockApply: false });
    if (!checked.ran) {
      console.warn(`terraform validate of the codified code skipped: ${checked.reason}`);
      return;
    }
    expect(checked).toEqual({ ran: true, validated: 2, mockApplied: false });
  }, 600_000);

  it('once applied, the next check reports them managed and IN_SYNC', async () => {
    // The apply adopts the live resources through the import blocks (same ids), and adds what the code says beyond
    // the live configuration: the provider's default tags. Nothing else differs.
    const applied = simulateAccount(codifiedOut(), { account: FIXTURE_ACCOUNT, region: FIXTURE_REGION });
    const state = ws.writeState(applied, 'codified-state');
    const paths = [
      'platform/codified/legacy-admin/security-group',
      'platform/codified/legacy-ci/role',
      'platform/codified/legacy-exports-e2e/bucket',
    ];
    const byHand = (type: string) =>
      report.resources.find((r) => r.status === 'UNMANAGED' && r.resourceType === type)?.resourceId;
    expect(paths.map((p) => appliedAt(applied, p).attrs['id'])).toEqual([
      byHand('AWS::EC2::SecurityGroup'),
      'legacy-ci',
      'legacy-exports-e2e',
    ]);
    const before = await ws.checkJson(items, { iac: codifiedOut(), state });
    const defaultTags = new Set(['environment', 'owner', 'project', 'iac:address', 'iac:stack']);
    for (const path of paths) {
      const finding = before.resources.find((r) => r.constructPath === path);
      expect([
        path,
        finding?.differences.filter((d) => !defaultTags.has(d.path.replace(/^tags\./, ''))),
      ]).toEqual([path, []]);
    }

    const after = await ws.checkJson(applied.items, { iac: codifiedOut(), state });
    expect(paths.map((p) => [p, after.resources.find((r) => r.constructPath === p)?.status])).toEqual(
      paths.map((p) => [p, 'IN_SYNC']),
    );
    expect(after.resources.filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED')).toEqual([]);
  });
});
