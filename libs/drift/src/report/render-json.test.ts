import Ajv2020 from 'ajv/dist/2020';
import { DRIFT_STATUSES } from '../report-types';
import { renderJson } from './render-json';
import schema from './drift-report.schema.json';
import { cleanReport, enrichedReport, sampleReport } from './sample-report.fixture';

interface ReportJson {
  schemaVersion: number;
  summary: Record<string, number>;
  resources: (Record<string, unknown> & { differences?: Record<string, unknown>[] })[];
}

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('renderJson and the report schema', () => {
  it('writes a report that the committed schema accepts', () => {
    for (const report of [sampleReport(), cleanReport()]) {
      const json: unknown = JSON.parse(renderJson(report));
      expect(validate(json) ? [] : validate.errors).toEqual([]);
    }
  });

  it('allows exactly the statuses the report type defines', () => {
    expect(schema.$defs.resource.properties.status.enum).toEqual([...DRIFT_STATUSES]);
  });

  it('writes absent expected/actual values as null instead of dropping the key', () => {
    const json = JSON.parse(renderJson(sampleReport()));
    const sg = json.resources.find(
      (r: { address: string }) => r.address === 'aws_security_group.web_sg_9C1D',
    );
    expect(sg.differences[0]).toEqual({
      path: 'ingress',
      expected: null,
      actual: { protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: '0.0.0.0/0' },
      type: 'ADD',
    });
  });

  it('keeps exactly the documented keys, in the documented order', () => {
    const json = JSON.parse(renderJson(sampleReport()));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'summary', 'resources']);
    expect(Object.keys(json.summary)).toEqual([
      'total',
      'inSync',
      'modified',
      'deleted',
      'unmanaged',
      'notChecked',
      'coverage',
    ]);
    expect(Object.keys(json.resources[0])).toEqual([
      'status',
      'stack',
      'address',
      'addresses',
      'constructPath',
      'resourceType',
      'resourceId',
      'differences',
      'reason',
    ]);
  });

  it.each([
    ['a wrong schemaVersion', (r: ReportJson) => (r.schemaVersion = 2)],
    ['coverage above 1', (r: ReportJson) => (r.summary.coverage = 1.5)],
    ['an unknown status', (r: ReportJson) => (r.resources[0].status = 'DRIFTED')],
    ['a NOT_CHECKED without reason', (r: ReportJson) => (r.resources[4].reason = null)],
    ['a MODIFIED without differences', (r: ReportJson) => (r.resources[1].differences = [])],
    ['an unmanaged resource with a stack', (r: ReportJson) => (r.resources[5].stack = 'x')],
    ['a missing difference key', (r: ReportJson) => delete r.resources[1].differences?.[1].actual],
    ['an extra key', (r: ReportJson) => (r.resources[0].extra = true)],
  ])('rejects %s', (_name, mutate) => {
    const json = JSON.parse(renderJson(sampleReport()));
    mutate(json);
    expect(validate(json)).toBe(false);
  });
});

describe('renderJson with the optional fields', () => {
  it('writes source, account, region, changedBy and coverageBySource when set, after the documented keys', () => {
    const json = JSON.parse(renderJson(enrichedReport()));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(json.summary.coverageBySource).toEqual({ config: 0.6, cloudcontrol: 0.2 });
    expect(Object.keys(json.resources[1]).slice(-4)).toEqual(['source', 'account', 'region', 'changedBy']);
    expect(json.resources[1].changedBy[0]).toMatchObject({ userName: 'alice', via: 'console' });
    expect(json.resources[4]).not.toHaveProperty('source');
  });

  it('rejects a change event without a principal and an unknown source', () => {
    const json = JSON.parse(renderJson(enrichedReport()));
    delete json.resources[1].changedBy[0].principalArn;
    expect(validate(json)).toBe(false);
    const other = JSON.parse(renderJson(enrichedReport()));
    other.resources[0].source = 'guesswork';
    expect(validate(other)).toBe(false);
  });
});
