import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A README example is the ```ts block right after `<!-- example: <name> -->`; it must be code from
// src/examples/<name>.example.ts, which examples.test.ts runs through terraform validate and a mock apply.
const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
const readmeExamples = [...readme.matchAll(/<!-- example: ([a-z-]+) -->\s*```ts\n([\s\S]*?)```/g)].map(
  ([, name, code]) => ({ name, code }),
);
// Prettier wraps the README (wider) and the sources differently: compare without layout.
const withoutLayout = (code: string) =>
  code
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, '')
    .replace(/,([)\]}])/g, '$1');

describe('README examples', () => {
  it('marks every example file in the README', () => {
    expect(readmeExamples.map((e) => e.name).sort()).toEqual(['bastion', 'load-balancer', 'web-app-tiers']);
  });

  it.each(readmeExamples)('$name is code from its example file', ({ name, code }) => {
    const source = readFileSync(join(__dirname, 'examples', `${name}.example.ts`), 'utf8');
    expect(withoutLayout(source)).toContain(withoutLayout(code));
  });
});
