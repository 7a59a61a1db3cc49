// `npm run check:cdktn`: checks the whole workspace on cdktn (CDK Terrain, the maintained fork of cdktf) in a
// temporary copy, under Node 22 from the npm registry, and leaves the workspace itself untouched:
//   1. copy the workspace (without node_modules, dist, .git, cdktf.out, .nx) to a temporary directory;
//   2. migrate.mjs: swap cdktf for cdktn and @cdktf/provider-aws for @cdktn/provider-aws, rewrite the imports;
//   3. npm install, under Node 22 (`npx -p node@22`): cdktn's provider declares Node >= 22.11;
//   4. expected-differences.mjs: measure the expected output differences; the README samples regenerated on cdktn
//      may differ only in line numbers;
//   5. type-check and unit tests of every project (the offline terraform checks run inside them), synth, guard
//      scan, and the drift check of the example account, which must report exactly the changes its README lists.
// Prints one line per step and a closing summary; exits 1 on the first failure, keeping the copy and the step's log.
// CDKTN_CHECK_KEEP=1 keeps the copy after a pass too.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LINE_SAMPLES, onlyLineNumbersMoved, providerDifference } from './expected-differences.mjs';
import { CDKTN_PACKAGES, migrate } from './migrate.mjs';

const workspace = resolve(import.meta.dirname, '..', '..');
const COPY_SKIPS = new Set(['node_modules', 'dist', '.git', 'cdktf.out', '.nx', 'coverage', '.terraform']);
const MIN_NODE = [22, 11];

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const say = (line) => process.stdout.write(`${line}\n`);

let copy;
let logs;
function fail(message, log) {
  if (log) {
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    say(lines.slice(-80).join('\n'));
  }
  say(`cdktn check: FAIL after ${seconds(started)}: ${message}`);
  if (copy) say(`  the copy is kept for inspection: ${copy}${log ? ` (log: ${log})` : ''}`);
  process.exit(1);
}

/** Node 22's bin directory, from the `node` package of the npm registry. */
function node22Bin() {
  const node = execFileSync('npx', ['-y', '-p', 'node@22', '-c', 'command -v node'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const [major, minor] = version.slice(1).split('.').map(Number);
  if (major !== MIN_NODE[0] || minor < MIN_NODE[1])
    fail(`npx -p node@22 gave node ${version}; the check needs ${MIN_NODE.join('.')} or a later 22.x`);
  return { bin: dirname(node), node, version };
}

/** Runs a step in the copy with Node 22 first on PATH; its output goes to a log file. */
function step(name, command, args, { okCodes = [0], env = {} } = {}) {
  const log = join(logs, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const since = Date.now();
  const r = spawnSync(command, args, {
    cwd: copy,
    env: { ...childEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  mkdirSync(logs, { recursive: true });
  writeFileSync(log, `$ ${command} ${args.join(' ')}\n${output}`);
  if (!okCodes.includes(r.status)) fail(`${name}: exit ${r.status ?? r.signal}`, log);
  const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
  return { output: plain(output), stdout: plain(r.stdout ?? ''), code: r.status, took: seconds(since), log };
}

// 1. Copy.
copy = mkdtempSync(join(tmpdir(), 'groundwork-cdktn-'));
logs = join(copy, '.cdktn-check');
cpSync(workspace, copy, { recursive: true, filter: (src) => !COPY_SKIPS.has(basename(src)) });
say(`== cdktn check: ${workspace} copied to ${copy}`);

// 2. Migrate.
const migrated = migrate(copy);
say(`  migrate: ${migrated.map((m) => `${m.what} ${m.occurrences}× in ${m.files} files`).join('; ')}`);

// 3. Node 22 and npm install.
const node = node22Bin();
const childEnv = Object.fromEntries(
  Object.entries({
    ...process.env,
    PATH: `${node.bin}:${process.env.PATH}`,
    CI: 'true',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_SKIP_NX_CACHE: 'true',
    CHECKPOINT_DISABLE: '1',
    FORCE_COLOR: '0',
  }).filter(([k]) => !k.startsWith('npm_')),
);
const install = step('npm install', 'npm', ['install', '--no-audit', '--no-fund']);
const nodeUnderNpm = step('node under npm', 'npm', ['exec', '--', 'node', '--version']).stdout.trim();
if (nodeUnderNpm !== node.version) fail(`npm runs node ${nodeUnderNpm} in the copy, not ${node.version}`);
const providerPkg = JSON.parse(
  readFileSync(join(copy, 'node_modules/@cdktn/provider-aws/package.json'), 'utf8'),
);
const wrapped = providerPkg.cdktn?.provider?.version ?? providerPkg.cdktf?.provider?.version;
say(
  `  npm install (node ${node.version} from npx -p node@22): ${Object.entries(CDKTN_PACKAGES)
    .map(([n, v]) => `${n} ${v}`)
    .join(', ')}; @cdktn/provider-aws wraps hashicorp/aws ${wrapped} (${install.took})`,
);

// 4. Expected differences.
say('  expected differences (scripts/cdktn/expected-differences.mjs), measured with both distributions:');
say(`    - ${providerDifference({ workspace, workspaceNode: process.execPath, copy, copyNode: node.node })}`);
const samplesPath = join(copy, LINE_SAMPLES.file);
const samplesBefore = readFileSync(samplesPath, 'utf8');
const samples = step('README samples', 'npx', LINE_SAMPLES.regenerate, { env: LINE_SAMPLES.env });
step('README samples format', 'npx', ['prettier', '--write', LINE_SAMPLES.file]);
try {
  const moved = onlyLineNumbersMoved(samplesBefore, readFileSync(samplesPath, 'utf8'));
  say(
    `    - stack file line numbers: ${moved} moved in ${LINE_SAMPLES.file}, nothing else (${samples.took})`,
  );
} catch (err) {
  fail(err.message, samples.log);
}

// 5. The checks.
const terraform = step('terraform probe', 'npx', [
  'tsx',
  '--tsconfig',
  'tsconfig.base.json',
  'libs/testing/src/terraform/probe.ts',
]).stdout.trim();
say(`  ${terraform.replace(/^== /, '')}`);

const typecheck = step('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']);
const projects = /Successfully ran target typecheck for (\d+) projects/.exec(typecheck.output)?.[1] ?? '?';
say(`  ✓ typecheck: ${projects} projects (${typecheck.took})`);

const tests = step('unit tests', 'npx', ['nx', 'run-many', '-t', 'test', '--output-style=static']);
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of tests.output.split('\n').filter((l) => l.startsWith('Tests:')))
  for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
if (totals.passed === 0 || totals.failed > 0) fail(`unit tests: ${JSON.stringify(totals)}`, tests.log);
say(
  `  ✓ unit tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, nothing updated with -u (${tests.took})`,
);

const synth = step('synth', 'npm', ['run', 'synth']);
const manifest = JSON.parse(readFileSync(join(copy, 'cdktf.out/manifest.json'), 'utf8'));
const stackCount = Object.keys(manifest.stacks).length;
say(`  ✓ synth: ${stackCount} stacks into cdktf.out (${synth.took})`);

const guard = step('guard scan', 'npm', ['run', '--silent', 'guard', '--', 'scan', 'cdktf.out']);
const guardSummary = guard.output.trim().split('\n').pop();
say(`  ✓ guard scan: ${guardSummary} (${guard.took})`);

// The drift check must find drift (exit 1), and exactly the hand-made changes the example's README lists.
const example = JSON.parse(
  step('example account', 'npx', [
    'tsx',
    '--tsconfig',
    'tsconfig.base.json',
    'scripts/cdktn/example-account.ts',
  ]).stdout,
);
const [, ...checkArgs] = example.args; // 'drift', then the check's own arguments
const report = join(logs, 'drift.json');
const drift = step(
  'drift check',
  'npm',
  ['run', '--silent', 'drift', '--', ...checkArgs, '--format', 'json', '--output', report],
  { okCodes: [1] },
);
const { summary, resources } = JSON.parse(readFileSync(report, 'utf8'));
const found = resources
  .filter((r) => ['MODIFIED', 'DELETED', 'UNMANAGED'].includes(r.status))
  .map((r) => `${r.status} ${r.constructPath ?? r.resourceType}`)
  .sort();
const listed = [...readFileSync(join(example.dir, 'README.md'), 'utf8').matchAll(/^- (\w+) `([^`]+)`/gm)]
  .map(([, status, path]) => `${status} ${path}`)
  .sort();
if (JSON.stringify(found) !== JSON.stringify(listed))
  fail(
    `drift check: found ${JSON.stringify(found)}, the example README lists ${JSON.stringify(listed)}`,
    drift.log,
  );
say(
  `  ✓ drift check of the example account: ${summary.modified} modified, ${summary.inSync} in sync, ${summary.notChecked} not checked, exactly the ${listed.length} changes its README lists (${drift.took})`,
);

const mirrored = /hashicorp\/aws (\d+\.\d+\.\d+)/.exec(terraform)?.[1];
const terraformNote = terraform.includes('RUN')
  ? `offline terraform checks ran against the mirrored hashicorp/aws ${mirrored}, not the ${wrapped} the fork's provider wraps (no ${wrapped} is mirrored; the checks replace the version)`
  : `offline terraform checks SKIPPED (${terraform})`;
say(
  `cdktn check: PASS in ${seconds(started)} on node ${node.version}: typecheck ${projects} projects, jest ${totals.passed} passed ${totals.failed} failed ${totals.skipped} skipped, synth ${stackCount} stacks, guard, drift check; ${terraformNote}`,
);
if (process.env.CDKTN_CHECK_KEEP === '1') say(`  the copy is kept: ${copy}`);
else rmSync(copy, { recursive: true, force: true });
