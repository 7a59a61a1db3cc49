// `npm run lint:cycles` (part of `npm test` and CI): fails on any import cycle between files of libs/ and apps/.
// Nx only forbids cycles between projects; this catches them between the files inside one, type imports included.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { findImportCycles, formatCycle, importGraph } from './import-graph';

const root = resolve(__dirname, '../../../..');

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
for (const cycle of cycles) process.stderr.write(`import cycle: ${formatCycle(cycle, root)}\n`);
if (cycles.length > 0) {
  process.stderr.write(
    'Break each cycle: move what both files need into a file of its own, or depend on a structural interface ' +
      '(IVpc, ISecurityGroup) instead of the class.\n',
  );
}
process.stdout.write(`import cycles: ${files.length} files checked, ${cycles.length} cycle(s)\n`);
process.exitCode = cycles.length > 0 ? 1 : 0;
