/** One `groundwork <name> …` command. `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  /** One line for `groundwork --help`. */
  readonly summary: string;
  /** The full `groundwork <name> --help` text. */
  readonly help: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}

/** Where a command writes; tests pass buffers, main passes the process streams. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  /** What a command asks questions on (`drift fix` on a terminal); absent when there is nobody to ask. */
  readonly stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A usage or input error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}
