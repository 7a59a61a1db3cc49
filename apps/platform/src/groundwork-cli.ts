import { spawnSync } from 'node:child_process';
import { WORKSPACE_ROOT } from './paths';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the `groundwork` command (apps/cli) as a child process, exactly as `npm run --silent groundwork -- …` would
 * (apps do not import each other), with `env` added to this process's environment.
 */
export function runGroundwork(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const res = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), '--tsconfig', 'tsconfig.base.json', 'apps/cli/src/main.ts', ...args],
    {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: process.env.NO_COLOR ?? '', ...env },
    },
  );
  return { status: res.status ?? 2, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}
