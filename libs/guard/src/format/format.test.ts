import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { sarifJsonSchema } from '@groundwork/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTerraform } from '../scan';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

const fixtureText = readFileSync(join(__dirname, '..', '__fixtures__', 'web-stack.tf.json'), 'utf8');
const findings = scanTerraform(JSON.parse(fixtureText), {
  stack: 'web-dev',
  file: 'stacks/web-dev/cdk.tf.json',
  sourceText: fixtureText,
});
const stacks = [
  { stack: 'web-dev', file: 'stacks/web-dev/cdk.tf.json' },
  { stack: 'network-dev', file: 'stacks/network-dev/cdk.tf.json' },
];

/** The SARIF 2.1.0 schema committed in libs/core, compiled with ajv 8 (one of its patterns is not valid in unicode mode). */
function sarifValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(sarifJsonSchema());
}

describe('text output', () => {
  it('matches the golden file: grouped by stack and construct path, with fixes and suppression reasons', () => {
    const golden = readFileSync(join(__dirname, '__golden__', 'scan.txt'), 'utf8');
    expect(formatText(findings, stacks)).toBe(golden);
  });
});

describe('JSON output', () => {
  it('carries the summary and every finding, suppressed ones with their reason', () => {
    const report = JSON.parse(formatJson(findings, stacks));
    expect(report.summary).toEqual({ errors: 3, warnings: 3, notes: 1, suppressed: 1 });
    expect(report.findings).toHaveLength(findings.length);
    expect(
      report.findings.find((f: { ruleId: string }) => f.ruleId === 'GW-S3-007').suppressed.reason,
    ).toMatch(/CloudFront/);
  });
});

describe('SARIF output', () => {
  const validate = sarifValidator();
  const log = JSON.parse(formatSarif(findings));

  it('validates against the committed SARIF 2.1.0 schema', () => {
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is rejected by the schema when broken, so the validation means something', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
  });

  it('locates results in the cdk.tf.json and at the construct path, with suppressions', () => {
    const results = log.runs[0].results;
    const ssh = results.find((r: { ruleId: string }) => r.ruleId === 'GW-NET-001');
    expect(ssh.locations[0].physicalLocation.artifactLocation.uri).toBe('stacks/web-dev/cdk.tf.json');
    expect(ssh.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(ssh.locations[0].logicalLocations[0]).toEqual({
      name: 'aws_security_group.bastion',
      fullyQualifiedName: 'web-dev/bastion/sg',
      kind: 'resource',
    });
    const note = results.find((r: { ruleId: string }) => r.ruleId === 'GW-NET-002');
    expect(note.level).toBe('note');
    const suppressed = results.find((r: { ruleId: string }) => r.ruleId === 'GW-S3-007');
    expect(suppressed.suppressions).toEqual([
      { kind: 'inSource', justification: 'Access to the public assets bucket is logged by CloudFront' },
    ]);
    expect(log.runs[0].tool.driver.rules[ssh.ruleIndex]).toMatchObject({
      id: 'GW-NET-001',
      name: 'SecurityGroupMustNotAllowSSH22FromTheInternet',
      defaultConfiguration: { level: 'error' },
      properties: { checkov: ['CKV_AWS_24'], trivy: ['aws-ec2-no-public-ingress-sgr'] },
    });
  });
});
