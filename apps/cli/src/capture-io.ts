import { Writable } from 'node:stream';
import type { CommandIo } from './command';

/** A CommandIo whose output is kept in memory, for tests of the commands. */
export function captureIo(opts: { tty?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (buf: string[]) =>
    new Writable({
      write(chunk, _enc, done) {
        buf.push(String(chunk));
        done();
      },
    });
  const stdout = Object.assign(sink(out), { isTTY: opts.tty });
  const io: CommandIo = { stdout, stderr: sink(err), env: opts.env ?? {}, cwd: opts.cwd ?? process.cwd() };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
