// The outputs shown in apps/cli/README.md are real: this regenerates them from the e2e account and compares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../cli';
import { DRIFT_SCENARIOS } from './e2e/drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e/e2e-workspace';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
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

/** The body of the first fenced block that starts after `marker`. */
function block(marker: string, fence: string): string {
  const start = README.indexOf(fence, README.indexOf(marker)) + fence.length + 1;
  return README.slice(start, README.indexOf('\n```', start));
}

describe('apps/cli/README.md samples', () => {
  it('shows the real text output and exit code', async () => {
    const { code, out } = await run('text');
    const shown = block('### Text output', '```');
    const [command, ...rest] = shown.split('\n');
    expect(command).toBe(
      '$ npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json --stack platform',
    );
    expect(`${rest.join('\n')}\n`).toBe(`${out}$ echo $?\n${code}\n`);
  });

  it('shows the real markdown output', async () => {
    expect(`${block('### Markdown output', '```markdown')}\n`).toBe((await run('markdown')).out);
  });

  it('shows real JSON: the summary and resources taken from the report', async () => {
    const actual = JSON.parse((await run('json')).out);
    const shown = JSON.parse(block('### JSON output', '```json'));
    expect(shown.summary).toEqual(actual.summary);
    for (const r of shown.resources) expect(actual.resources).toContainEqual(r);
  });

  it('shows real SARIF: a rule, a result and a notification taken from the log', async () => {
    const actual = JSON.parse((await run('sarif')).out).runs[0];
    const shown = JSON.parse(block('### SARIF output', '```json')).runs[0];
    expect(actual.tool.driver.rules).toContainEqual(shown.tool.driver.rules[0]);
    expect(actual.results).toContainEqual(shown.results[0]);
    expect(actual.invocations[0].toolExecutionNotifications).toContainEqual(
      shown.invocations[0].toolExecutionNotifications[0],
    );
    expect(shown.properties).toEqual(actual.properties);
  });
});
