import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatSarifLog, sarifLog, sarifRuleName, sarifUri } from './sarif-log';
import { sarifJsonSchema } from './sarif-schema';

const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifJsonSchema());

const rule = (id: string, level: 'error' | 'warning' | 'note') => ({
  id,
  name: sarifRuleName(`Rule ${id} must hold`),
  shortDescription: `Rule ${id}`,
  fullDescription: `Why rule ${id} matters`,
  help: { text: 'Fix it.', markdown: '**Fix** it.' },
  level,
  properties: { tags: ['security'] },
});

const log = sarifLog({
  tool: { name: 'groundwork-test', version: '1.2.3', rules: [rule('A', 'error'), rule('B', 'warning')] },
  automationId: 'groundwork-test/',
  notifications: [{ level: 'note', message: 'x was not checked' }],
  results: [
    {
      ruleId: 'B',
      level: 'warning',
      message: 'b is wrong',
      location: {
        file: 'cdktf.out\\stacks\\my stack\\cdk.tf.json',
        startLine: 12,
        logical: { name: 'aws_s3_bucket.b', fullyQualifiedName: 'my stack/b', kind: 'resource' },
      },
      fingerprints: { 'test/v1': 'B|b' },
      suppressedInSource: { justification: 'accepted' },
    },
    {
      ruleId: 'A',
      level: 'note',
      message: 'a cannot be decided',
      location: { logical: { name: 'aws_vpc.a', fullyQualifiedName: 'a', kind: 'resource' } },
      fingerprints: { 'test/v1': 'A|a' },
      properties: { address: 'aws_vpc.a' },
    },
    {
      ruleId: 'unlisted',
      level: 'error',
      message: 'from a rule the log does not describe',
      location: { file: 'x.json', logical: { name: 'n', fullyQualifiedName: 'n', kind: 'resource' } },
      fingerprints: { 'test/v1': 'u' },
    },
  ],
  properties: { summary: { errors: 1 } },
}) as { runs: [{ results: Record<string, unknown>[] }] };

describe('sarifLog', () => {
  it('validates against the committed SARIF 2.1.0 schema', () => {
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('is rejected by the schema when broken, so the validation means something', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('points each result at its rule, in its level, at file, line and logical location', () => {
    const [b, a, unlisted] = log.runs[0].results;
    expect(b).toEqual({
      ruleId: 'B',
      ruleIndex: 1,
      level: 'warning',
      message: { text: 'b is wrong' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'cdktf.out/stacks/my%20stack/cdk.tf.json' },
            region: { startLine: 12 },
          },
          logicalLocations: [{ name: 'aws_s3_bucket.b', fullyQualifiedName: 'my stack/b', kind: 'resource' }],
        },
      ],
      partialFingerprints: { 'test/v1': 'B|b' },
      suppressions: [{ kind: 'inSource', justification: 'accepted' }],
    });
    expect(a).toMatchObject({ ruleIndex: 0, level: 'note', properties: { address: 'aws_vpc.a' } });
    expect(a.locations).toEqual([
      { logicalLocations: [{ name: 'aws_vpc.a', fullyQualifiedName: 'a', kind: 'resource' }] },
    ]);
    expect(unlisted).not.toHaveProperty('ruleIndex');
  });

  it('writes keys in the order of the specification, so the text is stable', () => {
    const text = formatSarifLog(log);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).runs[0])).toEqual([
      'tool',
      'automationDetails',
      'invocations',
      'results',
      'properties',
    ]);
  });
});

describe('sarifUri and sarifRuleName', () => {
  it('writes paths as URI references and titles as identifiers', () => {
    expect(sarifUri('a b\\c#d/e.json')).toBe('a%20b/c%23d/e.json');
    expect(sarifRuleName('S3 bucket must have versioning (enabled)')).toBe(
      'S3BucketMustHaveVersioningEnabled',
    );
  });
});
