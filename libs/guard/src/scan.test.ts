import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GuardInputError, scanTerraform } from './scan';
import { resourceLines } from './source-lines';
import { sgRdpOpenToWorld } from './rules/network/sg-rdp-open-to-world';
import { sgSshOpenToWorld } from './rules/network/sg-ssh-open-to-world';
import { isFailing, summarize } from './summary';

const fixturePath = join(__dirname, '__fixtures__', 'web-stack.tf.json');
const fixtureText = readFileSync(fixturePath, 'utf8');
const fixture: unknown = JSON.parse(fixtureText);

describe('scanTerraform', () => {
  const findings = scanTerraform(fixture, {
    stack: 'web-dev',
    file: 'web-stack.tf.json',
    sourceText: fixtureText,
  });

  it('reports findings at the construct path from the // metadata, in address order', () => {
    expect(findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual([
      'aws_s3_bucket.assets GW-S3-005',
      'aws_s3_bucket.assets GW-S3-006',
      'aws_s3_bucket.assets GW-S3-007',
      'aws_s3_bucket.assets GW-S3-008',
      'aws_s3_bucket.assets GW-S3-009',
      'aws_s3_bucket_public_access_block.assets_pab GW-S3-002',
      'aws_security_group.bastion GW-NET-001',
      'aws_security_group.bastion GW-NET-002',
    ]);
    expect(findings.find((f) => f.ruleId === 'GW-NET-001')).toMatchObject({
      stack: 'web-dev',
      file: 'web-stack.tf.json',
      constructPath: 'web-dev/bastion/sg',
      severity: 'error',
    });
  });

  it('marks findings suppressed in the metadata with their reason, and ignores a suppression without one', () => {
    expect(findings.find((f) => f.ruleId === 'GW-S3-007')?.suppressed).toEqual({
      reason: 'Access to the public assets bucket is logged by CloudFront',
    });
    expect(findings.find((f) => f.ruleId === 'GW-S3-009')?.suppressed).toBeUndefined();
  });

  it('gives each finding the line of its resource block', () => {
    const line = findings.find((f) => f.ruleId === 'GW-NET-001')?.line ?? 0;
    expect(fixtureText.split('\n')[line - 1]).toContain('"bastion": {');
    expect(line).toBeLessThan(resourceLines(fixtureText).get('aws_instance.bastion') ?? 0);
  });

  it('reports what it cannot decide as a note: RDP from a CIDR that is a variable', () => {
    expect(findings.find((f) => f.ruleId === 'GW-NET-002')).toMatchObject({
      severity: 'note',
      message: expect.stringContaining('${var.office_cidr}'),
    });
  });

  it('counts and fails on unsuppressed errors; warnings only when strict; notes never', () => {
    expect(summarize(findings)).toEqual({ errors: 3, warnings: 3, notes: 1, suppressed: 1 });
    expect(
      isFailing(
        findings.filter((f) => f.severity === 'note'),
        true,
      ),
    ).toBe(false);
    expect(isFailing(findings)).toBe(true);
    const warningsOnly = findings.filter((f) => f.severity === 'warning');
    expect(isFailing(warningsOnly)).toBe(false);
    expect(isFailing(warningsOnly, true)).toBe(true);
  });

  it('names the field of malformed Terraform JSON', () => {
    const fieldOf = (json: unknown) => {
      try {
        scanTerraform(json);
      } catch (err) {
        expect(err).toBeInstanceOf(GuardInputError);
        return [(err as GuardInputError).field, (err as GuardInputError).message];
      }
      throw new Error('expected a GuardInputError');
    };
    expect(fieldOf('x')).toEqual([
      '(root)',
      'expected a Terraform JSON object at the top level, got a string',
    ]);
    expect(fieldOf({ resource: 'x' })).toEqual([
      'resource',
      '"resource" must be an object (or an array of objects) of resource types, got a string',
    ]);
    expect(fieldOf({ resource: [{ aws_vpc: {} }, 7] })[0]).toBe('resource[1]');
    expect(fieldOf({ resource: { aws_vpc: 'x' } })[0]).toBe('resource.aws_vpc');
    expect(fieldOf({ resource: { aws_vpc: { main: 'x' } } })).toEqual([
      'resource.aws_vpc.main',
      '"resource.aws_vpc.main" must be a block body (an object), got a string',
    ]);
  });

  it('scans each declaration of a resource declared twice, so the rest of the file is still scanned', () => {
    const open = (port: number) => ({
      ingress: [{ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['0.0.0.0/0'] }],
    });
    const twice = [
      { resource: { aws_security_group: { web: open(22) } } },
      { resource: { aws_security_group: { web: open(3389) }, aws_vpc: { main: [{}, {}] } } },
    ];
    const found = scanTerraform(twice, { rules: [sgSshOpenToWorld, sgRdpOpenToWorld] });
    expect(found.map((f) => `${f.address} ${f.ruleId}`)).toEqual([
      'aws_security_group.web GW-NET-001',
      'aws_security_group.web GW-NET-002',
    ]);
  });

  it('reads every form the HCL JSON syntax accepts at the top and labelling levels', () => {
    const open = { ingress: [{ protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }] };
    const forms = [
      { resource: { aws_security_group: { a: open } } },
      [{ resource: { aws_security_group: { a: open } } }],
      { resource: [{ aws_security_group: [{ a: [open] }] }] },
      [{ locals: {} }, { resource: [{ aws_security_group: { a: open } }] }],
    ];
    for (const json of forms) {
      expect(scanTerraform(json).map((f) => `${f.address} ${f.ruleId} ${f.severity}`)).toEqual([
        'aws_security_group.a GW-NET-003 error',
      ]);
    }
    expect(scanTerraform([])).toEqual([]);
    expect(scanTerraform({ resource: [] })).toEqual([]);
  });

  it('finds nothing in an empty configuration', () => {
    expect(scanTerraform({})).toEqual([]);
  });
});
