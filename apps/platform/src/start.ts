// `npm start`: the main job, offline and without an AWS account.
//  1. synthesizes every stack of every environment into cdktf.out, with progress, and prints a table of stacks;
//  2. runs `groundwork guard scan` over cdktf.out;
//  3. runs `groundwork drift check` of every stack against the example estate in apps/platform/examples/estate
//     (Terraform state, and per account what AWS Config, Cloud Control and the direct reads return, in which a few
//     resources have drifted), prints the report with its coverage per source, and writes it as an HTML page next
//     to cdktf.out.
import { App } from 'cdktf';
import { dirname, join, relative, resolve } from 'node:path';
import { buildPlatform } from './app';
import { backendKindFromEnv } from './backend';
import { ConfigError } from './config/config-error';
import { EXAMPLE_ACCOUNT, driftCheckArgs } from './example-account';
import { runGroundwork } from './groundwork-cli';
import { WORKSPACE_ROOT } from './paths';
import { formatStackTable, summarizeStacks } from './stack-summary';

function section(title: string): void {
  process.stdout.write(`\n== ${title}\n\n`);
}

function main(): number {
  const outdir = resolve(process.env.CDKTF_OUTDIR ?? 'cdktf.out');
  const shown = relative(process.cwd(), outdir) || '.';

  section(`Synthesizing the platform into ${shown}`);
  const started = Date.now();
  const app = new App({ outdir });
  let count = 0;
  const platform = buildPlatform(app, {
    backend: backendKindFromEnv(),
    onStack: (stack) => process.stdout.write(`  [${++count}] built ${stack.node.id}\n`),
  });
  process.stdout.write(`  writing ${platform.stacks.length} stacks (guard runs on each) …\n`);
  app.synth();
  const stacks = summarizeStacks(
    outdir,
    platform.stacks.map((s) => s.node.id),
  );
  process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n\n`);
  process.stdout.write(`${formatStackTable(stacks)}\n`);

  section(`groundwork guard scan ${shown}`);
  const guard = runGroundwork(['guard', 'scan', outdir]);
  process.stdout.write(guard.stdout + guard.stderr);
  if (guard.status !== 0) {
    process.stderr.write(`guard scan failed (exit ${guard.status})\n`);
    return guard.status;
  }

  const args = driftCheckArgs(outdir);
  // One option and its value a line, as a shell command continued over lines: there is a file per account and source.
  const options = args.slice(2).map((a) => relative(WORKSPACE_ROOT, a) || a);
  const lines = options.flatMap((a, i) => (a.startsWith('--') ? [`${a} ${options[i + 1]}`] : []));
  section(`groundwork drift check \\\n     ${lines.join(' \\\n     ')}`);
  process.stdout.write(
    `  (the example estate in ${relative(process.cwd(), EXAMPLE_ACCOUNT.dir)}: every stack, each in its account, ` +
      'read from AWS Config, Cloud Control and direct reads, with drift)\n\n',
  );
  const drift = runGroundwork(args);
  process.stdout.write(drift.stdout + drift.stderr);
  if (drift.status === 2) {
    process.stderr.write('drift check could not read its inputs (exit 2)\n');
    return 2;
  }
  const htmlReport = join(dirname(outdir), 'drift-report.html');
  const html = runGroundwork([...args, '--format', 'html', '--output', htmlReport]);
  if (html.status === 2) {
    process.stderr.write(`${html.stderr}the HTML drift report could not be written (exit 2)\n`);
    return 2;
  }
  process.stdout.write(
    `\n  The same report as a page: ${relative(process.cwd(), htmlReport)} (open it in a browser)\n`,
  );
  process.stdout.write(
    `\nnpm start: ${stacks.length} stacks synthesized, guard passed, drift report above ` +
      `(exit ${drift.status} = ${drift.status === 1 ? 'drift found in the example estate, as intended' : 'no drift'}).\n`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 2;
}
