import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './paths';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the `groundwork` command (apps/cli) as a child process, exactly as `npm run --silent groundwork -- …` would
 * (apps do not import each other), with `env` added to this process's environment, in `cwd` (the workspace root
 * unless given).
 */
export function runGroundwork(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd = WORKSPACE_ROOT,
): CliRun {
  const res = spawnSync(
    process.execPath,
    [
      require.resolve('tsx/cli'),
      '--tsconfig',
      join(WORKSPACE_ROOT, 'tsconfig.base.json'),
      join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'),
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: process.env.NO_COLOR ?? '', ...env },
    },
  );
  return { status: res.status ?? 2, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}
