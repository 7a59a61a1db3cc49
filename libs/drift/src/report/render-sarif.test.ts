import { sarifJsonSchema } from '@groundwork/core';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { renderSarif } from './render-sarif';
import { cleanReport, enrichedReport, sampleReport } from './sample-report.fixture';

// The parts of SARIF 2.1.0 that GitHub code scanning requires of an upload.
const codeScanningSubset = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: { type: 'object', required: ['id', 'shortDescription', 'defaultConfiguration'] },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'level', 'message', 'locations', 'partialFingerprints'],
              properties: {
                level: { enum: ['error', 'warning', 'note', 'none'] },
                message: {
                  type: 'object',
                  required: ['text'],
                  properties: { text: { type: 'string', minLength: 1 } },
                },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: { uri: { type: 'string', pattern: '^[^\\\\]+$' } },
                          },
                          region: {
                            type: 'object',
                            properties: { startLine: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
const validate = new Ajv2020({ allErrors: true }).compile(codeScanningSubset);
const sarifAjv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(sarifJsonSchema());

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
      }[];
      partialFingerprints: Record<string, string>;
      properties: { changedBy?: { principalArn: string }[] };
    }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

describe('renderSarif', () => {
  const sarif = renderSarif(sampleReport()) as unknown as SarifLog;
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log that code scanning accepts', () => {
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    expect(validate(renderSarif(cleanReport())) ? [] : validate.errors).toEqual([]);
  });

  it('validates against the committed SARIF 2.1.0 schema', () => {
    expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([]);
    expect(validateSarif(renderSarif(cleanReport())) ? [] : validateSarif.errors).toEqual([]);
  });

  it('raises one result per drifted resource, with the rule and level of its status', () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['drift/modified', 'error'],
      ['drift/deleted', 'error'],
      ['drift/modified', 'error'],
      ['drift/unmanaged', 'warning'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('names the resource, construct and differences in the message', () => {
    expect(run.results[2].message.text).toBe(
      'aws_s3_bucket.assets_bucket_1A2B (data-prod/assets/bucket) drifted from the IaC (AWS::S3::Bucket assets-prod-123456789012). versioning.status: expected "Enabled", actual "Suspended".',
    );
  });

  it('points at the synthesized stack file, or at a precise location when one is given', () => {
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'cdktf.out/stacks/network-prod/cdk.tf.json',
    );
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('cdktf.out/manifest.json');
    const located = renderSarif(sampleReport(), {
      locate: (r) => (r.stack ? { uri: `infra/${r.stack}.json`, startLine: 42 } : undefined),
    }) as unknown as SarifLog;
    expect(located.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/network-prod.json' },
      region: { startLine: 42 },
    });
  });

  it('gives each alert a fingerprint that survives a change in its differences', () => {
    const fingerprints = run.results.map((r) => r.partialFingerprints['groundworkDrift/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const changed = sampleReport();
    changed.resources[1].differences.pop();
    const again = renderSarif(changed) as unknown as SarifLog;
    expect(again.runs[0].results[0].partialFingerprints).toEqual(run.results[0].partialFingerprints);
  });

  it('reports not-checked resources as tool notifications, not alerts', () => {
    expect(run.invocations[0].toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      'aws_db_subnet_group.db_subnets_4E5F was not checked: no adapter for aws_db_subnet_group',
    ]);
  });

  it('says where each drifted resource was compared, and keeps coverage per source in the run summary', () => {
    const enriched = renderSarif(enrichedReport()) as unknown as SarifLog & {
      runs: { results: { properties: Record<string, unknown> }[]; properties: { summary: unknown } }[];
    };
    expect(validate(enriched) ? [] : validate.errors).toEqual([]);
    const [result] = enriched.runs[0].results;
    expect(result.message.text).toContain(
      '(AWS::EC2::SecurityGroup sg-0123456789abcdef0, 123456789012 us-east-1 via config)',
    );
    expect(result.properties).toMatchObject({
      source: 'config',
      account: '123456789012',
      region: 'us-east-1',
    });
    expect(enriched.runs[0].properties.summary).toMatchObject({
      coverageBySource: { config: 0.6, cloudcontrol: 0.2 },
    });
    // The fingerprint is what drifted, not where it was read.
    expect(result.partialFingerprints).toEqual(run.results[0].partialFingerprints);
  });

  it('says who changed a resource last in the alert, and keeps every linked event in its properties', () => {
    const enriched = (renderSarif(enrichedReport()) as unknown as SarifLog).runs[0].results[0];
    expect(enriched.message.text).toMatch(
      / Last changed by alice \(arn:aws:sts::123456789012:assumed-role\/Admin\/alice\) via console with AuthorizeSecurityGroupIngress at 2026-11-27 07:58:12 UTC\.$/,
    );
    expect(enriched.properties.changedBy).toEqual([
      expect.objectContaining({ principalArn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice' }),
    ]);
    expect(run.results[0].properties).not.toHaveProperty('changedBy');
  });
});
