import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS, DriftEngine, parseDriftIgnore, parseIac, parseLive, parseStates } from './index';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

const manifestJson = JSON.stringify({
  stacks: { network: { name: 'network', synthesizedStackPath: 'stacks/network/cdk.tf.json' } },
});
const stackJson = JSON.stringify({
  resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16', tags: { Owner: 'team-a' } } } },
});
const stateJson = JSON.stringify({
  version: 4,
  resources: [
    { mode: 'managed', type: 'aws_vpc', name: 'main', instances: [{ attributes: { id: 'vpc-1' } }] },
  ],
});
const snapshotJson = JSON.stringify({
  fileVersion: '1.0',
  configSnapshotId: 's',
  configurationItems: [
    {
      resourceType: 'AWS::EC2::VPC',
      resourceId: 'vpc-1',
      configurationItemStatus: 'OK',
      configuration: { cidrBlock: '10.9.0.0/16' },
      tags: { Owner: 'someone' },
    },
  ],
});

describe('README', () => {
  it('runs the usage example as written', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    // The example, verbatim from the README, with its results.
    const run = new Function(
      'parseIac',
      'parseStates',
      'parseLive',
      'DriftEngine',
      'parseDriftIgnore',
      'manifestJson',
      'stackJson',
      'stateJson',
      'snapshotJson',
      `${block}\nreturn report;`,
    );
    const report = run(
      parseIac,
      parseStates,
      parseLive,
      DriftEngine,
      parseDriftIgnore,
      manifestJson,
      stackJson,
      stateJson,
      snapshotJson,
    );
    expect(report.summary).toEqual({
      total: 1,
      inSync: 0,
      modified: 1,
      deleted: 0,
      unmanaged: 0,
      notChecked: 0,
      coverage: 1,
      coverageBySource: { config: 1 },
    });
    expect(report.resources[0].differences).toEqual([
      { path: 'cidr_block', expected: '10.0.0.0/16', actual: '10.9.0.0/16', type: 'NOT_EQUAL' },
    ]);
    expect(block).toContain(
      'report.summary → { total: 1, inSync: 0, modified: 1, deleted: 0, unmanaged: 0, notChecked: 0, coverage: 1, coverageBySource: { config: 1 } }',
    );
  });

  it('lists every adapter with its folded Terraform types, join key and compared fields', () => {
    // Tables of types other sources read have a source column; AWS Config's table has none.
    const labels: Record<string, string> = { cloudcontrol: 'Cloud Control', direct: 'direct' };
    for (const a of ADAPTERS) {
      const label = labels[a.source ?? 'config'];
      const row = readme.split('\n').find((l) => {
        const source = l.split('|')[2]?.trim() ?? '';
        return (
          l.startsWith(`| \`${a.configType}\``) &&
          (label === undefined ? !Object.values(labels).includes(source) : source === label)
        );
      });
      expect(row).toBeDefined();
      for (const t of [...a.terraformTypes, ...a.folds.map((f) => f.type)]) expect(row).toContain(`\`${t}\``);
      expect(row).toContain(a.joinKey);
    }
  });

  it('documents .driftignore rules that parse', () => {
    const block = /## \.driftignore[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const ignore = parseDriftIgnore({ path: 'README', content: block });
    expect(ignore.ignoresResource({ types: ['aws_instance'], ids: ['i-9'] })).toBe(true);
    expect(ignore.ignoresResource({ types: ['aws_instance'], ids: ['i-0123456789abcdef0'] })).toBe(false);
    expect(ignore.ignoresResource({ types: ['aws_s3_bucket'], ids: ['assets.example.com'] })).toBe(true);
  });
});
