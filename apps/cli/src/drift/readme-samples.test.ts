// The outputs shown in apps/cli/README.md are real: this regenerates them from the e2e account and compares.
// When the engine's output changes on purpose, refresh them with:
//   UPDATE_README_SAMPLES=1 npx jest -c apps/cli/jest.config.cjs readme-samples && npx prettier --write apps/cli/README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../cli';
import { DRIFT_SCENARIOS } from './e2e/drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e/e2e-workspace';

const README_PATH = join(__dirname, '../../README.md');
let README = readFileSync(README_PATH, 'utf8');
const UPDATE = process.env.UPDATE_README_SAMPLES === '1';
const SAMPLE_DRIFT = ['port 22 opened to the world', 'bucket versioning suspended', 'NAT gateway deleted'];

let ws: E2eWorkspace;
let snapshot: string;
beforeAll(() => {
  ws = createE2eWorkspace();
  let items = ws.items();
  for (const s of DRIFT_SCENARIOS.filter((x) => SAMPLE_DRIFT.includes(x.kind)))
    items = s.inject(items, ws.account);
  snapshot = ws.writeSnapshot('snapshot.json', items);
});
afterAll(() => ws.remove());

async function run(format: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out.push(String(chunk));
      done();
    },
  });
  const args = [
    'drift',
    'check',
    '--iac',
    ws.iac,
    '--state',
    ws.state,
    '--snapshot',
    snapshot,
    '--stack',
    'platform',
  ];
  const code = await runCli([...args, '--format', format], { stdout, stderr: stdout, env: {}, cwd: ws.dir });
  return { code, out: out.join('') };
}

function blockRange(marker: string, fence: string): [number, number] {
  const start = README.indexOf(fence, README.indexOf(marker)) + fence.length + 1;
  return [start, README.indexOf('\n```', start)];
}

/** The body of the first fenced block that starts after `marker`. */
function block(marker: string, fence: string): string {
  const [start, end] = blockRange(marker, fence);
  return README.slice(start, end);
}

/** In update mode, replaces that block with `body` before the comparison. */
function refresh(marker: string, fence: string, body: string): void {
  if (!UPDATE) return;
  const [start, end] = blockRange(marker, fence);
  README = `${README.slice(0, start)}${body}${README.slice(end)}`;
  writeFileSync(README_PATH, README);
}

interface SarifRun {
  tool: { driver: { rules: unknown[] } };
  results: unknown[];
  invocations: { toolExecutionNotifications: unknown[] }[];
  properties: unknown;
}

describe('apps/cli/README.md samples', () => {
  it('shows the real text output and exit code', async () => {
    const { code, out } = await run('text');
    refresh(
      '### Text output',
      '```',
      `$ npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json --stack platform\n${out}$ echo $?\n${code}`,
    );
    const shown = block('### Text output', '```');
    const [command, ...rest] = shown.split('\n');
    expect(command).toBe(
      '$ npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json --stack platform',
    );
    expect(`${rest.join('\n')}\n`).toBe(`${out}$ echo $?\n${code}\n`);
  });

  it('shows the real markdown output', async () => {
    const { out } = await run('markdown');
    refresh('### Markdown output', '```markdown', out.trimEnd());
    expect(`${block('### Markdown output', '```markdown')}\n`).toBe(out);
  });

  it('shows real JSON: the summary and resources taken from the report', async () => {
    const actual = JSON.parse((await run('json')).out);
    const pick = (status: string[], n: number) =>
      actual.resources.filter((r: { status: string }) => status.includes(r.status)).slice(0, n);
    const excerpt = {
      ...actual,
      resources: [...pick(['MODIFIED', 'DELETED'], 2), ...pick(['NOT_CHECKED'], 1)],
    };
    refresh('### JSON output', '```json', JSON.stringify(excerpt, null, 2));
    const shown = JSON.parse(block('### JSON output', '```json'));
    expect(shown.summary).toEqual(actual.summary);
    for (const r of shown.resources) expect(actual.resources).toContainEqual(r);
  });

  it('shows real SARIF: a rule, a result and a notification taken from the log', async () => {
    const log = JSON.parse((await run('sarif')).out);
    const actual = log.runs[0] as SarifRun;
    const first = {
      ...actual,
      tool: { driver: { ...actual.tool.driver, rules: actual.tool.driver.rules.slice(0, 1) } },
      invocations: [
        {
          ...actual.invocations[0],
          toolExecutionNotifications: actual.invocations[0].toolExecutionNotifications.slice(0, 1),
        },
      ],
      results: actual.results.slice(0, 1),
    };
    refresh('### SARIF output', '```json', JSON.stringify({ ...log, runs: [first] }, null, 2));
    const shown = JSON.parse(block('### SARIF output', '```json')).runs[0];
    expect(actual.tool.driver.rules).toContainEqual(shown.tool.driver.rules[0]);
    expect(actual.results).toContainEqual(shown.results[0]);
    expect(actual.invocations[0].toolExecutionNotifications).toContainEqual(
      shown.invocations[0].toolExecutionNotifications[0],
    );
    expect(shown.properties).toEqual(actual.properties);
  });
});
