import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gw-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the target in one step and leaves no temporary file', () => {
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, '{"schemaVersion":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"schemaVersion":1}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves no temporary file behind when the final rename fails', () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
