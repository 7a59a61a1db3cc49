import { Writable } from 'node:stream';
import { runCli } from './cli';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (buf: string[]) =>
    new Writable({
      write(chunk, _enc, done) {
        buf.push(String(chunk));
        done();
      },
    });
  return { io: { stdout: sink(out), stderr: sink(err), env: {}, cwd: process.cwd() }, out, err };
}

describe('groundwork', () => {
  it('prints usage and exits 2 without a command', async () => {
    const t = io();
    expect(await runCli([], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/^Usage: groundwork <command>/);
  });

  it('lists the commands on --help and exits 0', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/drift +compare live/);
    expect(t.out.join('')).toMatch(/guard +scan Terraform JSON/);
  });

  it('names an unknown command and exits 2', async () => {
    const t = io();
    expect(await runCli(['nope'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/unknown command "nope"/);
  });
});
