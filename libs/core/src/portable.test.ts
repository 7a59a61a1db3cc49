import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// @groundwork/core's main entry point is bundled into browser code (the HTML report's page script), which has no
// Node built-ins: nothing it exports may import one. Node-only modules are exported from @groundwork/core/node.
describe('the main entry point of core', () => {
  const importsOf = (file: string): string[] =>
    [...readFileSync(join(__dirname, file), 'utf8').matchAll(/from '([^']+)'/g)].map(([, spec]) => spec);

  /** A relative import's file: a data file as named, a module, or a folder's index. */
  const moduleFile = (path: string): string =>
    /\.json$/.test(path)
      ? path
      : existsSync(join(__dirname, `${path}.ts`))
        ? `${path}.ts`
        : join(path, 'index.ts');

  it('reaches no Node built-in', () => {
    const seen = new Set<string>();
    const visit = (file: string): string[] => {
      if (seen.has(file)) return [];
      seen.add(file);
      return importsOf(file).flatMap((spec) =>
        spec.startsWith('.')
          ? visit(moduleFile(join(dirname(file), spec)))
          : spec.startsWith('node:')
            ? [`${file}: ${spec}`]
            : [],
      );
    };
    expect(visit('index.ts')).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });

  it('leaves the Node-only modules to the node entry point', () => {
    expect(importsOf('node.ts')).toEqual(['./atomic-write']);
  });
});
