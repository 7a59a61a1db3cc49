// Synthesis of the whole platform (every stack of every environment), side by side in one run:
//   ours     node on the esbuild bundle (`npm run synth`)
//   cli+tsx  `cdktf synth` from cdktf-cli with the project's own cdktf.json (app: tsx)
//   cli+ts-node  `cdktf synth --app "ts-node …"`: the path of the cdktf TypeScript template
//   bare     a node process that only requires cdktf and the provider classes the app uses
// cdktf-cli is not a project dependency (430 packages): it is installed once into a cache dir under the OS temp dir.
// Also reports the type-check time of the whole workspace (`nx run-many -t typecheck --skip-nx-cache`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const RUNS = 5;
const CLI_DIR = join(tmpdir(), 'groundwork-bench-cdktf-cli-0.21.0');

interface Sample {
  readonly seconds: number;
  readonly maxRssMb: number;
}

/** Runs a command under GNU time; returns wall seconds and the peak RSS of the largest process in its tree. */
function measure(cmd: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M', ...cmd], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1', CI: '1', ...env },
  });
  if (res.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  const last = res.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds, maxRssMb: kb / 1024 };
}

function median(samples: Sample[]): Sample {
  const by = <K extends keyof Sample>(k: K) =>
    [...samples].sort((a, b) => a[k] - b[k])[Math.floor(samples.length / 2)][k];
  return { seconds: by('seconds'), maxRssMb: by('maxRssMb') };
}

function series(cmd: string[], env: NodeJS.ProcessEnv = {}, runs = RUNS): Sample {
  measure(cmd, env); // warm the file cache (and tsx's transform cache) first
  return median(Array.from({ length: runs }, () => measure(cmd, env)));
}

function ensureCli(): string {
  const bin = join(CLI_DIR, 'node_modules/.bin/cdktf');
  if (!existsSync(bin)) {
    mkdirSync(CLI_DIR, { recursive: true });
    process.stderr.write(`installing cdktf-cli into ${CLI_DIR} …\n`);
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefix',
        CLI_DIR,
        'cdktf-cli@0.21.0',
        'ts-node@10.9.2',
        'tsconfig-paths@4.2.0',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return bin;
}

/** The provider classes the synthesized app loads, read from the bundle's require calls. */
function providerModules(): string[] {
  const bundle = readFileSync(join(root, 'dist/apps/platform/main.js'), 'utf8');
  return [
    ...new Set(
      [...bundle.matchAll(/require\("(@cdktf\/provider-aws\/lib\/[a-z0-9-]+)"\)/g)].map((m) => m[1]),
    ),
  ].sort();
}

execFileSync(process.execPath, ['apps/platform/build.mjs'], { cwd: root, stdio: 'inherit' });
const out = mkdtempSync(join(tmpdir(), 'groundwork-bench-synth-'));
try {
  const cli = ensureCli();
  const modules = providerModules();
  const bareScript = `require('cdktf');require('constructs');${modules.map((m) => `require('${m}');`).join('')}`;
  const ours = series(['node', 'dist/apps/platform/main.js'], { CDKTF_OUTDIR: join(out, 'ours') });
  const bare = series(['node', '-e', bareScript]);
  const cliTsx = series([cli, 'synth', '--output', join(out, 'cli-tsx')], {}, 3);
  const cliTsNode = series(
    [
      cli,
      'synth',
      '--output',
      join(out, 'cli-ts-node'),
      '--app',
      `${join(CLI_DIR, 'node_modules/.bin/ts-node')} -r ${join(CLI_DIR, 'node_modules/tsconfig-paths/register')} apps/platform/src/main.ts`,
    ],
    // ts-node type-checks as it loads (its default, and the cdktf template's); tsconfig-paths maps @groundwork/*.
    { TS_NODE_PROJECT: 'tsconfig.base.json' },
    3,
  );
  const stacks =
    readFileSync(join(out, 'ours/manifest.json'), 'utf8').match(/"synthesizedStackPath"/g)?.length ?? 0;
  const typecheck = measure(
    ['npx', 'nx', 'run-many', '-t', 'typecheck', '--skip-nx-cache', '--output-style=static'],
    {
      NX_NO_CLOUD: 'true',
      NX_DAEMON: 'false',
    },
  );

  const vsTsNode = cliTsNode.seconds / ours.seconds;
  const vsBare = ours.seconds / bare.seconds;
  const row = (name: string, s: Sample) => `| ${name} | ${s.seconds.toFixed(2)} | ${s.maxRssMb.toFixed(0)} |`;
  console.log(
    [
      '## Platform synthesis',
      '',
      `The whole app: ${stacks} stacks (org, six per environment for dev and prod, and the organization drift sweep: the audit account's stack and one member stack per environment), ${modules.length} provider ` +
        `classes. Median of ${RUNS} runs (3 for cdktf-cli) after one warm-up, wall time and peak RSS of the largest ` +
        'process, by GNU time.',
      '',
      '| path | wall s | peak RSS MB |',
      '| --- | ---: | ---: |',
      row('ours: `node dist/apps/platform/main.js` (`npm run synth`)', ours),
      row('`cdktf synth` (cdktf-cli 0.21.0, project cdktf.json: tsx)', cliTsx),
      row('`cdktf synth --app "ts-node …"` (cdktf-cli 0.21.0)', cliTsNode),
      row('bare module load: `node -e` requiring cdktf + the provider classes', bare),
      '',
      `- ${vsTsNode.toFixed(1)}× faster than cdktf-cli with ts-node (target ≥ 4×): ${vsTsNode >= 4 ? 'met' : 'NOT met'}`,
      `- ${vsBare.toFixed(2)}× the bare module-load time (target ≤ 2×): ${vsBare <= 2 ? 'met' : 'NOT met'}`,
      `- Type-check of the whole workspace (\`nx run-many -t typecheck --skip-nx-cache\`, ${2} parallel): ` +
        `${typecheck.seconds.toFixed(1)} s`,
    ].join('\n'),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
