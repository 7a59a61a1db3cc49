// The `drift fix` walkthrough in apps/cli/README.md runs on the example estate: this runs it the way the README
// says, from a directory laid out like the workspace root, and compares what the README shows with what the command
// writes. When the output changes on purpose, refresh the README with:
//   UPDATE_README_SAMPLES=1 npx jest -c apps/platform/jest.config.cjs drift-fix-walkthrough && npx prettier --write apps/cli/README.md
import { App } from 'cdktf';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform } from './app';
import { driftCheckArgs, EXAMPLE_ACCOUNT } from './example-account';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from './example-account-drift';
import { runGroundwork, type CliRun } from './groundwork-cli';
import { WORKSPACE_ROOT } from './paths';

const README_PATH = join(WORKSPACE_ROOT, 'apps/cli/README.md');
let README = readFileSync(README_PATH, 'utf8');
const UPDATE = process.env.UPDATE_README_SAMPLES === '1';
// The day the README's samples were made: the generated files carry it.
const SOURCE_DATE_EPOCH = String(Date.parse('2026-12-01T12:00:00Z') / 1000);

let dir: string;
const fix = (args: string[]): CliRun =>
  runGroundwork(
    ['drift', 'fix', '--report', 'drift.json', '--iac', 'cdktf.out', ...args],
    // Node's own warnings (NO_COLOR beside the FORCE_COLOR Nx sets) are not the command's output.
    { SOURCE_DATE_EPOCH, NODE_NO_WARNINGS: '1' },
    dir,
  );
const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
const codeDir = 'apps/platform/src/drift-fixes';

beforeAll(() => {
  // A directory laid out like the workspace root: cdktf.json names the app's entry point, which places the
  // generated code, prettier formats it as the repository does, and cdktf.out is what `npm start` synthesizes.
  dir = mkdtempSync(join(tmpdir(), 'groundwork-walkthrough-'));
  for (const file of ['cdktf.json', '.prettierrc.json'])
    copyFileSync(join(WORKSPACE_ROOT, file), join(dir, file));
  symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), join(dir, 'node_modules'));
  const app = new App({ outdir: join(dir, 'cdktf.out') });
  buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
  const check = runGroundwork(
    [...driftCheckArgs('cdktf.out'), '--format', 'json', '--output', 'drift.json'],
    {},
    dir,
  );
  if (check.status !== 1) throw new Error(`drift check: exit ${check.status}\n${check.stderr}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function blockRange(marker: string, fence: string): [number, number] {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`apps/cli/README.md no longer has "${marker}"`);
  const start = README.indexOf(fence, at) + fence.length + 1;
  return [start, README.indexOf('\n```', start)];
}

/** The first fenced block after `marker`, refreshed first in update mode. */
function shown(marker: string, fence: string, actual: string): string {
  if (UPDATE) {
    const [start, end] = blockRange(marker, fence);
    README = `${README.slice(0, start)}${actual}${README.slice(end)}`;
    writeFileSync(README_PATH, README);
  }
  const [start, end] = blockRange(marker, fence);
  return README.slice(start, end);
}

/** `text` from the line that starts with `first` to the end, or to the first line after it that starts `until`. */
function excerpt(text: string, first: string, until?: RegExp): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith(first));
  if (from < 0) throw new Error(`no line starting "${first}" in:\n${text}`);
  const to = until ? lines.findIndex((l, i) => i > from && until.test(l)) : -1;
  return lines
    .slice(from, to < 0 ? undefined : to)
    .join('\n')
    .trimEnd();
}

const session = (command: string, run: CliRun): string =>
  `$ npm run --silent groundwork -- ${command}\n${run.stdout}${run.stderr}`.trimEnd();

describe('the drift fix walkthrough in apps/cli/README.md', () => {
  it('shows who made the change as the text report prints it', () => {
    const text = runGroundwork(driftCheckArgs('cdktf.out'), {}, dir).stdout;
    const finding = excerpt(text, '  MODIFIED     aws_security_group.bastion_security-group', /^ {2}\S/)
      .split('\n')
      .map((l) => l.slice(2))
      .join('\n');
    expect(shown('Who made each change is in every format', '```', finding)).toBe(finding);
  });

  it('reverts: the script the README shows is the one written', () => {
    const run = fix([
      '--revert',
      'app-dev/bastion/security-group/group',
      '--revert',
      'identity-dev/web-instance-role/role',
    ]);
    expect(run.status).toBe(0);
    const script = excerpt(read('drift-fix/revert.sh'), '# identity-dev: 1 finding');
    expect(shown('writes `drift-fix/revert.sh`', '```sh', script)).toBe(script);
  });

  it('accepts: the output, the accepted values and the module applying them', () => {
    const args = ['--accept', 'app-dev/bastion/instance'];
    const run = fix(args);
    expect(run.status).toBe(0);
    const out = session(`drift fix --report drift.json --iac cdktf.out ${args.join(' ')}`, run);
    expect(shown('**Accept**', '```', out)).toBe(out);
    const values = read(`${codeDir}/accepted-values.json`).trimEnd();
    expect(shown('**Accept**', '```json', values)).toBe(values);
    const module = excerpt(
      read(`${codeDir}/accepted-values.ts`),
      'export function applyAcceptedValues',
      /^\}/,
    );
    const moduleShown = `${module}\n}`;
    expect(shown('and `accepted-values.ts`, generated from it', '```ts', moduleShown)).toBe(moduleShown);
  });

  it('tolerates: the .driftignore rule', () => {
    const run = fix([
      '--tolerate',
      'data-dev/assets-bucket/bucket',
      '--reason',
      'bulk import until March',
      '--expires',
      '2027-03-31',
    ]);
    expect(run.status).toBe(0);
    const rules = read('.driftignore').trimEnd();
    expect(shown('adds to `.driftignore`', '```', rules)).toBe(rules);
  });

  it('codifies: the output and the security group module', () => {
    const run = fix(['--codify', 'all', '--snapshot', join(EXAMPLE_ACCOUNT.dir, 'dev/config-snapshot.json')]);
    expect(run.status).toBe(0);
    const out = session(
      'drift fix --report drift.json --iac cdktf.out --codify all --snapshot $EX/dev/config-snapshot.json',
      run,
    );
    expect(shown('**Codify**', '```', out)).toBe(out);
    const module = read(`${codeDir}/codified/network-dev-vendor-appliance.ts`).trimEnd();
    expect(shown('The security group goes into', '```ts', module)).toBe(module);
  });
});
