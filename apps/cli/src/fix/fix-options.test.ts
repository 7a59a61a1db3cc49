import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../capture-io';
import { runCli } from '../cli';
import { FIX_HELP } from './help';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gw-fix-options-'));
  mkdirSync(join(dir, 'cdktf.out'));
  writeFileSync(join(dir, 'cdktf.out', 'manifest.json'), '{"stacks":{}}');
  writeFileSync(join(dir, 'drift.json'), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fix = async (...args: string[]) => {
  const t = captureIo({ cwd: dir });
  const code = await runCli(['drift', 'fix', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

describe('groundwork drift fix options', () => {
  it('teaches with --help: the decisions, the inputs and the example account', async () => {
    const r = await fix('--help');
    expect(r).toMatchObject({ code: 0, stdout: FIX_HELP });
    expect(FIX_HELP).toMatch(/revert {4}put AWS back/);
    expect(FIX_HELP).toContain('apps/platform/examples/estate');
  });

  it.each([
    [[], '--report <drift.json> is required'],
    [['--report', 'drift.json'], '--iac <cdktf.out dir> is required'],
    [['--report', 'missing.json', '--iac', 'cdktf.out'], 'missing.json: does not exist'],
    [['--report', 'drift.json', '--iac', '.'], 'no manifest.json; expected a cdktf output directory'],
    [
      ['--report', 'drift.json', '--iac', 'cdktf.out', '--expires', '2027-02-30'],
      '--expires must be a date, YYYY-MM-DD, got "2027-02-30"',
    ],
    [
      ['--report', 'drift.json', '--iac', 'cdktf.out', '--snapshot', 's.json', '--from-config'],
      'give either --snapshot <file> or --from-config, not both',
    ],
  ])('refuses %p with a clear message and exit 2', async (args, message) => {
    const r = await fix(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
