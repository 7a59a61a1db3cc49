import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { EXAMPLES } from './examples';

const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
// A README example is a ```ts block right after `<!-- example: <file> -->`.
const readmeExamples = [...readme.matchAll(/<!-- example: ([a-z-]+) -->\s*```ts\n([\s\S]*?)```/g)].map(
  ([, file, code]) => ({ file, code }),
);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
// README blocks import from the package; the example files import from inside it.
const withoutImports = (code: string) =>
  code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n');

describe('documented examples', () => {
  it('every README example is code from an example file, and every example file is in the README', () => {
    expect(readmeExamples.map((e) => e.file).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const { file, code } of readmeExamples) {
      const source = readFileSync(join(__dirname, 'examples', `${file}.ts`), 'utf8');
      expect(squash(source)).toContain(squash(withoutImports(code)));
    }
  });

  it.each(Object.entries(EXAMPLES))('%s synthesizes', (_, build) => {
    expect(synthConstruct(build).resources().length).toBeGreaterThan(0);
  });

  it('the pinned plan example gets exactly the blocks the README lists under it', () => {
    const planned = /Planned: public (.*?); private (.*?); isolated (.*?)\.\n/s.exec(readme);
    expect(planned?.slice(1).every((blocks) => blocks.includes('/'))).toBe(true);
    const listed = (text: string) => [...text.matchAll(/`([\d./]+)`/g)].map(([, block]) => block);
    const stack = synthConstruct(EXAMPLES['planned-vpc']);
    const blocksOf = (tier: string) =>
      stack
        .resources('aws_subnet')
        .filter((s) => (s.values.tags as Record<string, string>).Tier === tier)
        .map((s) => s.values.cidr_block);
    expect(blocksOf('public')).toEqual(listed(planned![1]));
    expect(blocksOf('private')).toEqual(listed(planned![2]));
    expect(blocksOf('isolated')).toEqual(listed(planned![3]));
    expect(listed(planned![3])).toHaveLength(3);
  });

  itPassesTerraform('every example passes terraform validate and a mock apply', () =>
    Object.entries(EXAMPLES).map(([name, build]) => ({ name, config: synthConstruct(build).json })),
  );
});
