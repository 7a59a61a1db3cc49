import {
  DriftEngine,
  loadIacDir,
  parseLive,
  parseStates,
  type ConfigItem,
  type DesiredModel,
  type ResourceResult,
} from '@groundwork/drift';
import { accountFiles } from '@groundwork/aws-sim';
import { App } from 'cdktf';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform } from './app';
import { EXAMPLE_ACCOUNT } from './example-account';
import {
  exampleAccountFiles,
  FIXTURE_DRIFT_BUNDLE_ZIP,
  HAND_MADE,
  INJECTED_DRIFTS,
  simulateExampleAccount,
} from './example-account-drift';

let iacDir: string;
let desired: DesiredModel;

beforeAll(() => {
  iacDir = mkdtempSync(join(tmpdir(), 'groundwork-example-test-'));
  const app = new App({ outdir: iacDir });
  buildPlatform(app, { driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP });
  app.synth();
  desired = loadIacDir(iacDir);
});

afterAll(() => rmSync(iacDir, { recursive: true, force: true }));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory()
        ? filesUnder(join(dir, name), `${prefix}${name}/`)
        : [`${prefix}${name}`],
    )
    .sort();
}

/** The first file that differs between the regenerated and the committed example, or undefined. */
function firstDifference(generated: Record<string, string>, dir: string): string | undefined {
  const committed = filesUnder(dir);
  for (const path of [...new Set([...Object.keys(generated), ...committed])].sort()) {
    if (!(path in generated)) return `${path} is committed but no longer generated`;
    if (!committed.includes(path)) return `${path} is generated but not committed`;
    if (readFileSync(join(dir, path), 'utf8') !== generated[path]) return `${path} differs`;
  }
  return undefined;
}

function check(states: Record<string, string>, snapshot: string): ResourceResult[] {
  const state = parseStates(
    Object.entries(states).map(([path, content]) => ({ path, content })),
    desired,
  );
  const items = parseLive(JSON.parse(snapshot), 'snapshot.json').items as ConfigItem[];
  return new DriftEngine(desired, state, { stacks: [...EXAMPLE_ACCOUNT.stacks] }).check(items).resources;
}

/** Every result that is drift, as comparable strings: status, stack, construct path and difference paths. */
function drifted(results: ResourceResult[]): string[] {
  return results
    .filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED')
    .map((r) => `${r.status} ${r.stack} ${r.constructPath} [${r.differences.map((d) => d.path).join(', ')}]`)
    .sort();
}

const expectedOf = (
  list: readonly { status: string; stack: string; constructPath: string; paths: readonly string[] }[],
) => list.map((d) => `${d.status} ${d.stack} ${d.constructPath} [${d.paths.join(', ')}]`);

describe('the example live account (apps/platform/examples/dev-account)', () => {
  it('is what `npm run examples` generates from the current IaC', () => {
    const problem = firstDifference(exampleAccountFiles(iacDir), EXAMPLE_ACCOUNT.dir);
    if (problem)
      throw new Error(`${EXAMPLE_ACCOUNT.dir}: ${problem} from the current IaC: run \`npm run examples\``);
  });

  it('reports exactly the injected drifts, everything else in sync', () => {
    const dir = EXAMPLE_ACCOUNT.dir;
    const states = Object.fromEntries(
      EXAMPLE_ACCOUNT.stacks.map((s) => [
        `state/${s}.tfstate`,
        readFileSync(join(dir, `state/${s}.tfstate`), 'utf8'),
      ]),
    );
    const results = check(states, readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    expect(drifted(results)).toEqual(expectedOf(INJECTED_DRIFTS).sort());
    for (const d of INJECTED_DRIFTS) {
      const r = results.find((x) => x.constructPath === d.constructPath);
      expect(r?.resourceType).toBe(d.resourceType);
    }
    expect(results.filter((r) => r.status === 'IN_SYNC').length).toBeGreaterThan(40);
  });

  it('holds resources made by hand, UNMANAGED when no stack is selected, and the CloudTrail log of every change', () => {
    const dir = EXAMPLE_ACCOUNT.dir;
    const state = parseStates(
      EXAMPLE_ACCOUNT.stacks.map((s) => ({
        path: `state/${s}.tfstate`,
        content: readFileSync(join(dir, `state/${s}.tfstate`), 'utf8'),
      })),
      desired,
    );
    const items = parseLive(JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')), 'snapshot.json')
      .items as ConfigItem[];
    const unmanaged = new DriftEngine(desired, state)
      .check(items)
      .resources.filter((r) => r.status === 'UNMANAGED')
      .map((r) => r.resourceType);
    expect(unmanaged.sort()).toEqual(HAND_MADE.map((h) => h.resourceType).sort());
    const trail = JSON.parse(readFileSync(join(dir, 'cloudtrail.json'), 'utf8')) as {
      Records: { eventName: string }[];
    };
    expect(trail.Records.map((r) => r.eventName)).toEqual([
      ...HAND_MADE.map((h) => h.call.eventName),
      ...INJECTED_DRIFTS.map((d) => d.call.eventName),
    ]);
  });

  it('without the injected changes, nothing is drift', () => {
    const account = simulateExampleAccount(iacDir);
    const files = accountFiles(account, account.items);
    const states = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('state/')));
    expect(drifted(check(states, files['snapshot.json']))).toEqual([]);
  });

  it('is deterministic: the same IaC gives byte-identical files', () => {
    expect(exampleAccountFiles(iacDir)).toEqual(exampleAccountFiles(iacDir));
  });
});
