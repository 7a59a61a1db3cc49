// `npm run bench`: runs every `apps/*/bench/*.bench.ts` and `libs/*/bench/*.bench.ts` in its own process and writes
// their markdown sections, with the machine and the command, to BENCHMARKS.md.
// A bench file prints one markdown section (starting with `## `) to stdout and exits 0; anything else fails the run.
// `npm run bench -- <filter>` runs only the bench files whose path contains the filter, and keeps the other sections.
import { execFileSync } from 'node:child_process';
import { writeFileAtomically } from '@groundwork/core/node';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const filter = process.argv[2];

function benchFiles(): string[] {
  const files: string[] = [];
  for (const kind of ['apps', 'libs']) {
    for (const project of readdirSync(join(root, kind))) {
      const dir = join(root, kind, project, 'bench');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.bench.ts'))
        .sort())
        files.push(join(dir, f));
    }
  }
  return files;
}

function previousSections(file: string): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(file)) return sections;
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/<!-- bench: (\S+) -->\n([\s\S]*?)<!-- \/bench -->/g))
    sections.set(m[1], m[2]);
  return sections;
}

const out = join(root, 'BENCHMARKS.md');
const sections = previousSections(out);
for (const file of benchFiles()) {
  const rel = relative(root, file);
  if (filter && !rel.includes(filter)) continue;
  process.stderr.write(`bench: ${rel}\n`);
  const md = execFileSync(
    process.execPath,
    ['--expose-gc', require.resolve('tsx/cli'), '--tsconfig', 'tsconfig.base.json', rel],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (!md.trimStart().startsWith('## '))
    throw new Error(`${rel} must print a markdown section starting with "## "`);
  sections.set(rel, `${md.trim()}\n\n_Measured ${new Date().toISOString().slice(0, 10)} by \`${rel}\`._\n`);
}

const cpu = cpus();
const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`libs/testing/bench/run-benchmarks.ts`); do not edit by hand.',
  '',
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, ` +
    `Node ${process.version}, ${process.platform}/${process.arch}.`,
  '',
].join('\n');
const body = [...sections.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([rel, md]) => `<!-- bench: ${rel} -->\n${md}<!-- /bench -->\n`)
  .join('\n');
writeFileAtomically(out, `${header}\n${body}`);
process.stderr.write(`bench: wrote ${relative(root, out)}\n`);
