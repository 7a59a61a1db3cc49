import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GuardInputError, scanTerraform } from './scan';
import { resourceLines } from './source-lines';
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

  it('counts and fails on unsuppressed errors; warnings only when strict', () => {
    expect(summarize(findings)).toEqual({ errors: 3, warnings: 3, suppressed: 1 });
    expect(isFailing(findings)).toBe(true);
    const warningsOnly = findings.filter((f) => f.severity === 'warning');
    expect(isFailing(warningsOnly)).toBe(false);
    expect(isFailing(warningsOnly, true)).toBe(true);
  });

  it('names the field of malformed Terraform JSON', () => {
    expect(() => scanTerraform([])).toThrow(GuardInputError);
    expect(() => scanTerraform({ resource: [] })).toThrow(
      /"resource" must be an object of resource types, got an array/,
    );
    try {
      scanTerraform({ resource: { aws_vpc: 'x' } });
      throw new Error('expected a GuardInputError');
    } catch (err) {
      expect(err).toBeInstanceOf(GuardInputError);
      expect((err as GuardInputError).field).toBe('resource.aws_vpc');
    }
  });

  it('finds nothing in an empty configuration', () => {
    expect(scanTerraform({})).toEqual([]);
  });
});
