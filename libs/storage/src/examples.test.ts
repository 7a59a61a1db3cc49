import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import * as examples from './examples';

const entries = Object.entries(examples);

/** The body of each exported example function, dedented, as it must appear in the README. */
function exampleBodies(): Map<string, string> {
  const source = readFileSync(join(__dirname, 'examples.ts'), 'utf8');
  const bodies = new Map<string, string>();
  for (const m of source.matchAll(/^export function (\w+)\(scope: Construct\): void \{\n([\s\S]*?)\n\}$/gm)) {
    bodies.set(m[1], m[2].replace(/^ {2}/gm, ''));
  }
  return bodies;
}

/** Code blocks that follow an `<!-- example: name -->` marker in the README. */
function readmeExamples(): Map<string, string> {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const blocks = new Map<string, string>();
  for (const m of readme.matchAll(/<!-- example: (\w+) -->\n+```ts\n([\s\S]*?)\n```/g)) {
    blocks.set(m[1], m[2]);
  }
  return blocks;
}

describe('README examples', () => {
  it('the README shows every example exactly as src/examples.ts has it', () => {
    const bodies = exampleBodies();
    const readme = readmeExamples();
    expect([...bodies.keys()].sort()).toEqual(entries.map(([name]) => name).sort());
    expect([...readme.keys()].sort()).toEqual([...bodies.keys()].sort());
    for (const [name, body] of bodies) expect(readme.get(name)).toBe(body);
  });

  it.each(entries)('%s synthesizes', (_name, build) => {
    expect(() => synthConstruct((s) => build(s))).not.toThrow();
  });

  itPassesTerraform('every example passes terraform validate and a mock apply', () =>
    entries.map(([name, build]) => ({ name, config: synthConstruct((s) => build(s)).json })),
  );
});
