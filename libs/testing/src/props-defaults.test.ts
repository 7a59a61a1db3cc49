import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

// DESIGN.md: every optional prop documents its @default. Props and options are the exported `*Props` and
// `*Options` interfaces of the construct libraries and the platform app.
const workspaceRoot = resolve(__dirname, '../../..');
const roots = [
  'libs/network',
  'libs/compute',
  'libs/storage',
  'libs/iam',
  'libs/governance',
  'apps/platform',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function optionalPropsWithoutDefault(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) && /(Props|Options)$/.test(node.name.text)) {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.questionToken) continue;
        if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'default')) continue;
        const line = source.getLineAndCharacterOfPosition(member.getStart()).line + 1;
        missing.push(`${relative(workspaceRoot, file)}:${line} ${node.name.text}.${member.name.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
}

describe('construct props', () => {
  it('document the @default of every optional prop', () => {
    const files = roots.flatMap((root) => sources(join(workspaceRoot, root, 'src')));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(optionalPropsWithoutDefault)).toEqual([]);
  });
});
