import { captureIo } from './capture-io';
import { runCli } from './cli';

describe('groundwork', () => {
  it('prints usage and exits 2 without a command', async () => {
    const t = captureIo();
    expect(await runCli([], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/^Usage: groundwork <command>/);
  });

  it('lists the commands on --help and exits 0', async () => {
    const t = captureIo();
    expect(await runCli(['--help'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/drift +compare live/);
    expect(t.stdout()).toMatch(/guard +scan Terraform JSON/);
  });

  it('names an unknown command and exits 2', async () => {
    const t = captureIo();
    expect(await runCli(['nope'], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/unknown command "nope"/);
  });
});
