import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { findImportCycles, formatCycle, importGraph } from './import-graph';

describe('import cycles', () => {
  let dir: string;
  const write = (files: Record<string, string>): string[] =>
    Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    });
  const options = (): ts.CompilerOptions => ({
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    baseUrl: dir,
    paths: { '@lib/*': ['lib/*/index.ts'] },
  });
  const cyclesOf = (files: Record<string, string>) =>
    findImportCycles(importGraph(write(files), options())).map((c) => formatCycle(c, dir));

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gw-cycles-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds none in a tree of imports', () => {
    expect(
      cyclesOf({
        'a.ts': "import { b } from './b';\nexport * from './c';\n",
        'b.ts': "import { c } from './c';\nexport const b = c;\n",
        'c.ts': "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;\n",
      }),
    ).toEqual([]);
  });

  it('counts type-only imports and re-exports, and shows a shortest path', () => {
    expect(
      cyclesOf({
        'peer.ts': "import type { Group } from './group';\nexport type Peer = Group;\n",
        'group.ts': "import { Vpc } from './vpc';\nexport type Group = Vpc;\n",
        'vpc.ts': "export * from './peer';\nexport type Vpc = string;\n",
      }),
    ).toEqual(['group.ts → vpc.ts → peer.ts → group.ts']);
  });

  it('follows tsconfig paths, names the other files of a larger cycle, and reports a file importing itself', () => {
    expect(
      cyclesOf({
        'lib/net/index.ts': "export * from './vpc';\nexport * from './sg';\n",
        'lib/net/vpc.ts': "import { sg } from './sg';\nexport const vpc = sg;\n",
        'lib/net/sg.ts': "import '@lib/net';\nexport const sg = 1;\n",
        'self.ts': "import './self';\n",
      }),
    ).toEqual([
      'lib/net/index.ts → lib/net/sg.ts → lib/net/index.ts (and 1 more file(s) in the same cycle: lib/net/vpc.ts)',
      'self.ts → self.ts',
    ]);
  });
});
