// `npm run lint:cycles` (part of `npm test` and CI): fails on any import cycle between files of libs/ and apps/.
// Nx only forbids cycles between projects; this catches them between the files inside one, type imports included.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ImportCycle, findImportCycles, formatCycle, importGraph } from './import-graph';

const root = resolve(__dirname, '../../../..');

/**
 * Cycles known and being removed, each with the reason it is still here. An entry names every file of its cycle;
 * the check fails when a listed cycle changes or disappears, so the entry is deleted with the fix.
 */
const ALLOWED_CYCLES: readonly { readonly files: readonly string[]; readonly why: string }[] = [
  {
    files: [
      'libs/testing/src/simulated-account/data-sources.ts',
      'libs/testing/src/simulated-account/terraform-apply.ts',
    ],
    why:
      'the simulated account moves to its own library (libs/aws-sim), one module per AWS type, which removes ' +
      'this cycle; delete this entry when that lands',
  },
];

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typescriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const file = join(root, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file).options;
}

const files = ['libs', 'apps'].flatMap((dir) => typescriptFiles(join(root, dir)));
const cycles = findImportCycles(importGraph(files, compilerOptions()));
const key = (paths: readonly string[]) => [...new Set(paths)].sort().join('\n');
const allowed = new Map(ALLOWED_CYCLES.map((entry) => [key(entry.files), entry]));

const relativeKey = (cycle: ImportCycle) => key(cycle.files.map((f) => relative(root, f)));
const unexpected = cycles.filter((cycle) => !allowed.has(relativeKey(cycle)));
const found = new Set(cycles.map(relativeKey));
const stale = ALLOWED_CYCLES.filter((entry) => !found.has(key(entry.files)));

for (const cycle of unexpected) {
  process.stderr.write(`import cycle: ${formatCycle(cycle, root)}\n`);
}
for (const entry of stale) {
  process.stderr.write(
    `allowed import cycle no longer found (${entry.files.join(', ')}): remove it from ALLOWED_CYCLES in ` +
      `${relative(root, __filename)}\n`,
  );
}
if (unexpected.length > 0) {
  process.stderr.write(
    'Break each cycle: move what both files need into a file of its own, or depend on a structural interface ' +
      '(IVpc, ISecurityGroup) instead of the class.\n',
  );
}
const allowedCount = cycles.length - unexpected.length;
process.stdout.write(
  `import cycles: ${files.length} files checked, ${unexpected.length} cycle(s)` +
    `${allowedCount ? `, ${allowedCount} allowed while being removed` : ''}\n`,
);
process.exitCode = unexpected.length > 0 || stale.length > 0 ? 1 : 0;
