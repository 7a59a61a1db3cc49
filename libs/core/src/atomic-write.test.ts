import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-write';

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gw-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the target in one step and leaves no temporary file', () => {
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    writeFileAtomically(target, '{"schemaVersion":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"schemaVersion":1}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('creates a file that did not exist, bytes included', () => {
    const target = join(dir, 'bundle.bin');
    writeFileAtomically(target, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(target)]).toEqual([0, 1, 2, 255]);
  });

  it('leaves no temporary file behind and the target untouched when the final rename fails', () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(target, 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });

  it('fails without writing anything when the directory does not exist', () => {
    expect(() => writeFileAtomically(join(dir, 'missing', 'report.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('uses a new unpredictable temporary name on every write', () => {
    const names = new Set<string>();
    const spy = jest.spyOn(jest.requireActual<typeof import('node:fs')>('node:fs'), 'renameSync');
    try {
      for (let i = 0; i < 5; i++) writeFileAtomically(join(dir, 'report.json'), `${i}`);
      for (const [from] of spy.mock.calls) names.add(String(from));
    } finally {
      spy.mockRestore();
    }
    expect(names.size).toBe(5);
    for (const name of names) expect(name).toMatch(/\/\.report\.json\.[0-9a-f]{24}\.tmp$/);
  });
});
