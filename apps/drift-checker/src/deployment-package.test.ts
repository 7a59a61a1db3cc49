// The Lambda deployment package that `nx build drift-checker` writes (scripts/zip-bundle.mjs): a zip Lambda can
// read, with the same bytes on every build of the same bundle, whatever the clock or the time zone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const zipScript = join(__dirname, '..', 'scripts', 'zip-bundle.mjs');

function zipIn(dir: string, timeZone: string): Buffer {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { zipBundle } from ${JSON.stringify(zipScript)}; zipBundle(${JSON.stringify(dir)});`,
    ],
    { env: { PATH: process.env.PATH, TZ: timeZone }, encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(join(dir, 'lambda.zip'));
}

describe('the deployment package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-zip-'));
  const mainJs = 'exports.handler = async () => "ok";\n'.repeat(200);
  const sourceMap = JSON.stringify({ version: 3, sources: ['main.ts'], mappings: 'AAAA' });
  writeFileSync(join(dir, 'main.js'), mainJs);
  writeFileSync(join(dir, 'main.js.map'), sourceMap);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds main.js and its source map, compressed, and nothing else', () => {
    const zip = zipIn(dir, 'UTC');
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['main.js', 'main.js.map']);
    expect(Buffer.from(files['main.js']).toString()).toBe(mainJs);
    expect(Buffer.from(files['main.js.map']).toString()).toBe(sourceMap);
    expect(zip.length).toBeLessThan(mainJs.length);
  });

  it('is byte for byte the same in any time zone, stamped 1980-01-01 00:00 as regular 0644 files', () => {
    const utc = zipIn(dir, 'UTC');
    expect(zipIn(dir, 'Pacific/Kiritimati').equals(utc)).toBe(true);
    expect(zipIn(dir, 'America/Los_Angeles').equals(utc)).toBe(true);
    // First local file header: DOS time at offset 10, DOS date at 12 (1980-01-01 is year 0, month 1, day 1).
    expect(utc.readUInt32LE(0)).toBe(0x04034b50);
    expect(utc.readUInt16LE(10)).toBe(0);
    expect(utc.readUInt16LE(12)).toBe((1 << 5) | 1);
    // Central directory entries: made by Unix, external attributes carry the file mode.
    const central = utc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(utc[central + 5]).toBe(3);
    expect(utc.readUInt32LE(central + 38) >>> 16).toBe(0o100644);
  });
});
