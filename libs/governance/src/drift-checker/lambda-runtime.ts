// The Lambda runtimes the drift checker runs on, its default, and the Node version its bundle is built for.
// This module imports nothing: the drift-checker build script reads it too, so the bundle target follows the default.

/** Lambda runtimes the drift checker's bundle runs on. */
export const DRIFT_CHECKER_RUNTIMES = ['nodejs22.x', 'nodejs24.x'] as const;

export type DriftCheckerRuntime = (typeof DRIFT_CHECKER_RUNTIMES)[number];

/** The oldest runtime accepted, so the bundle built for it runs on every runtime accepted. */
export const DEFAULT_DRIFT_CHECKER_RUNTIME: DriftCheckerRuntime = 'nodejs22.x';

/** The esbuild target of a runtime: `nodejs22.x` → `node22`. */
function bundleTarget(runtime: DriftCheckerRuntime): string {
  return `node${nodeMajor(runtime)}`;
}

/** The esbuild target of the drift-checker bundle (`npx nx build drift-checker`). */
export const DRIFT_CHECKER_BUNDLE_TARGET = bundleTarget(DEFAULT_DRIFT_CHECKER_RUNTIME);

function nodeMajor(runtime: string): number | undefined {
  const match = /^nodejs(\d+)\.x$/.exec(runtime);
  return match ? Number(match[1]) : undefined;
}

/**
 * The runtime to deploy: `runtime`, or the default when it is not given. Throws for anything else, and says why
 * for the Node runtimes Lambda has retired.
 */
export function driftCheckerRuntime(runtime: string | undefined): DriftCheckerRuntime {
  if (runtime === undefined) return DEFAULT_DRIFT_CHECKER_RUNTIME;
  if ((DRIFT_CHECKER_RUNTIMES as readonly string[]).includes(runtime)) return runtime as DriftCheckerRuntime;
  const accepted = `use ${DEFAULT_DRIFT_CHECKER_RUNTIME} (the default) or ${DRIFT_CHECKER_RUNTIMES.filter((r) => r !== DEFAULT_DRIFT_CHECKER_RUNTIME).join(', ')}`;
  const major = nodeMajor(runtime);
  if (major !== undefined && major < nodeMajor(DEFAULT_DRIFT_CHECKER_RUNTIME)!)
    throw new Error(
      `DriftChecker: runtime "${runtime}" is refused: Node.js ${major} has reached end of life and AWS Lambda no ` +
        'longer lets functions be created or updated on it (for nodejs20.x: creation blocked since June 2026, ' +
        `updates since July 2026), so the deploy would fail; ${accepted}`,
    );
  throw new Error(
    `DriftChecker: runtime must be one of ${DRIFT_CHECKER_RUNTIMES.join(', ')}, got "${runtime}"`,
  );
}
