import type { DesiredModel, ResourceResult } from '@groundwork/drift';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { revertScript } from './revert-script';
import { revertPlan, stacksInDependencyOrder } from './revert-plan';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gw-revert-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const manifest = (stacks: Record<string, string[]>) =>
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      stacks: Object.fromEntries(
        Object.entries(stacks).map(([name, dependencies]) => [
          name,
          { name, dependencies, workingDirectory: `stacks/${name}` },
        ]),
      ),
    }),
  );

const finding = (stack: string, address: string, status: ResourceResult['status']): ResourceResult => ({
  status,
  stack,
  address,
  addresses: [address],
  constructPath: `${stack}/${address}`,
  resourceType: null,
  resourceId: null,
  differences: [],
  reason: null,
});

describe('stacksInDependencyOrder', () => {
  it('puts each stack after the stacks it depends on, whatever the manifest order', () => {
    manifest({ 'app-dev': ['network-dev', 'data-dev'], 'data-dev': ['network-dev'], 'network-dev': [] });
    expect(stacksInDependencyOrder(dir).map((s) => s.name)).toEqual(['network-dev', 'data-dev', 'app-dev']);
  });

  it('names a dependency cycle and the manifest', () => {
    manifest({ a: ['b'], b: ['a'] });
    expect(() => stacksInDependencyOrder(dir)).toThrow(/manifest\.json: stack dependency cycle a → b → a/);
  });
});

describe('revertPlan', () => {
  it('plans the stacks a reverted finding is in, in dependency order, with the readers of a recreated one', () => {
    manifest({ 'app-dev': ['network-dev'], 'network-dev': [] });
    const desired = {
      stacks: [
        {
          name: 'network-dev',
          resources: [
            { address: 'aws_nat_gateway.nat', values: {} },
            { address: 'aws_route.out', values: { nat_gateway_id: '${aws_nat_gateway.nat.id}' } },
            { address: 'aws_route.other', values: { gateway_id: '${aws_internet_gateway.igw.id}' } },
          ],
        },
        { name: 'app-dev', resources: [{ address: 'aws_instance.web', values: {} }] },
      ],
    } as unknown as DesiredModel;
    const plans = revertPlan(dir, desired, [
      finding('app-dev', 'aws_instance.web', 'MODIFIED'),
      finding('network-dev', 'aws_nat_gateway.nat', 'DELETED'),
    ]);
    expect(plans.map((p) => [p.stack, p.targets])).toEqual([
      ['network-dev', ['aws_nat_gateway.nat', 'aws_route.out']],
      ['app-dev', ['aws_instance.web']],
    ]);
    expect(plans[0].readers).toEqual(['app-dev']);
    const script = revertScript(plans, { iacDir: 'cdktf.out', date: '2026-12-03', report: 'drift.json' });
    expect(script.indexOf('stacks/network-dev" apply')).toBeLessThan(script.indexOf('stacks/app-dev" plan'));
    expect(script).toContain(
      'aws_nat_gateway.nat was DELETED: this plan recreates it (AWS gives it a new id)',
    );
    expect(script).toContain('app-dev read this stack');
  });

  it('revokes a rule added live to a group whose rules are not inline, which terraform would leave in place', () => {
    manifest({ 'app-dev': [] });
    const desired = {
      stacks: [
        {
          name: 'app-dev',
          resources: [
            { address: 'aws_security_group.separate', values: { name: 'a' } },
            { address: 'aws_security_group.inline', values: { name: 'b', ingress: [] } },
          ],
        },
      ],
    } as unknown as DesiredModel;
    const opened = (address: string, id: string): ResourceResult => ({
      ...finding('app-dev', address, 'MODIFIED'),
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: id,
      region: 'eu-west-1',
      differences: [
        {
          path: 'ingress',
          type: 'ADD',
          expected: null,
          actual: { protocol: 'tcp', from_port: 22, to_port: 22, peer: '0.0.0.0/0' },
        },
      ],
    });
    const [plan] = revertPlan(dir, desired, [
      opened('aws_security_group.separate', 'sg-1'),
      opened('aws_security_group.inline', 'sg-2'),
    ]);
    expect(plan.revokes.map((r) => r.command)).toEqual([
      `aws ec2 revoke-security-group-ingress --region eu-west-1 --group-id sg-1 --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'`,
    ]);
    const script = revertScript([plan], { iacDir: 'cdktf.out', date: '2026-12-03', report: 'drift.json' });
    expect(script.indexOf('aws ec2 revoke')).toBeGreaterThan(
      script.indexOf('apply -input=false revert.tfplan'),
    );
  });

  it('detaches a managed policy attached live to a role that does not list its policies', () => {
    manifest({ 'identity-dev': [] });
    const desired = {
      stacks: [
        { name: 'identity-dev', resources: [{ address: 'aws_iam_role.web', values: { name: 'web-role' } }] },
      ],
    } as unknown as DesiredModel;
    const [plan] = revertPlan(dir, desired, [
      {
        ...finding('identity-dev', 'aws_iam_role.web', 'MODIFIED'),
        resourceType: 'AWS::IAM::Role',
        differences: [
          {
            path: 'managed_policy_arns',
            type: 'ADD',
            expected: null,
            actual: 'arn:aws:iam::aws:policy/AdministratorAccess',
          },
        ],
      },
    ]);
    expect(plan.revokes.map((r) => r.command)).toEqual([
      "aws iam detach-role-policy --role-name 'web-role' --policy-arn 'arn:aws:iam::aws:policy/AdministratorAccess'",
    ]);
  });
});
