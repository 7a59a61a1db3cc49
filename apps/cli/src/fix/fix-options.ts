import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../command';
import { parseOptions } from '../parse-options';
import { DECISIONS, type Decision } from './decisions';
import type { LiveItemsSource } from './live-items';

/** `groundwork drift fix` options, validated, paths resolved against the working directory. */
export interface FixOptions {
  readonly report: string;
  readonly iac: string;
  /** Where codify reads the live resources from; undefined when not given. */
  readonly live?: LiveItemsSource;
  /** Selectors per decision, as given. */
  readonly selectors: Readonly<Partial<Record<Decision, readonly string[]>>>;
  readonly reason?: string;
  /** YYYY-MM-DD; undefined: 30 days after today. */
  readonly expires?: string;
  readonly ignoreFile: string;
  /** Where generated modules go; undefined when neither given nor found in cdktf.json. */
  readonly codeDir?: string;
  readonly out: string;
  readonly codifyInto?: string;
}

const FIX_OPTIONS = {
  report: { type: 'string' },
  iac: { type: 'string' },
  snapshot: { type: 'string' },
  'from-config': { type: 'boolean' },
  region: { type: 'string' },
  revert: { type: 'string', multiple: true },
  accept: { type: 'string', multiple: true },
  tolerate: { type: 'string', multiple: true },
  codify: { type: 'string', multiple: true },
  reason: { type: 'string' },
  expires: { type: 'string' },
  'ignore-file': { type: 'string' },
  'code-dir': { type: 'string' },
  out: { type: 'string' },
  'codify-into': { type: 'string' },
} as const;

const HINT = 'Run `groundwork drift fix --help` for usage.';

/** The app's drift-fix directory: `drift-fixes/` beside the entry point cdktf.json's app command runs. */
export function defaultCodeDir(cwd: string): string | undefined {
  const file = join(cwd, 'cdktf.json');
  if (!existsSync(file)) return undefined;
  try {
    const app = (JSON.parse(readFileSync(file, 'utf8')) as { app?: unknown }).app;
    const entry = typeof app === 'string' ? app.split(/\s+/).find((w) => /\.[cm]?[tj]s$/.test(w)) : undefined;
    return entry ? join(cwd, dirname(entry), 'drift-fixes') : undefined;
  } catch {
    return undefined;
  }
}

function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

export function parseFixOptions(argv: string[], cwd: string): FixOptions {
  const { values } = parseOptions(argv, FIX_OPTIONS, {
    positionals: false,
    helpCommand: 'groundwork drift fix --help',
  });
  if (!values.report) throw new UsageError(`--report <drift.json> is required.\n${HINT}`);
  if (!values.iac) throw new UsageError(`--iac <cdktf.out dir> is required.\n${HINT}`);
  if (values.snapshot && values['from-config'])
    throw new UsageError(`give either --snapshot <file> or --from-config, not both.\n${HINT}`);
  if (values.region && !values['from-config'])
    throw new UsageError(`--region only applies with --from-config.\n${HINT}`);
  if (values.expires !== undefined && !isCalendarDate(values.expires))
    throw new UsageError(`--expires must be a date, YYYY-MM-DD, got "${values.expires}".`);
  if (values.reason !== undefined && values.reason.trim() === '')
    throw new UsageError('--reason needs the reason the drift is tolerated.');
  const report = resolve(cwd, values.report);
  if (!existsSync(report) || !statSync(report).isFile())
    throw new UsageError(
      `--report ${report}: does not exist; write it with \`groundwork drift check --format json\`.`,
    );
  const iac = resolve(cwd, values.iac);
  if (!existsSync(join(iac, 'manifest.json')))
    throw new UsageError(`--iac ${iac}: no manifest.json; expected a cdktf output directory.`);
  const selectors: Partial<Record<Decision, string[]>> = {};
  for (const d of DECISIONS) if (values[d]) selectors[d] = values[d];
  const live: LiveItemsSource | undefined = values.snapshot
    ? { kind: 'snapshot', file: resolve(cwd, values.snapshot) }
    : values['from-config']
      ? { kind: 'config', region: values.region }
      : undefined;
  if (live?.kind === 'snapshot' && !existsSync(live.file))
    throw new UsageError(`--snapshot ${live.file}: does not exist.`);
  return {
    report,
    iac,
    live,
    selectors,
    reason: values.reason?.trim(),
    expires: values.expires,
    ignoreFile: resolve(cwd, values['ignore-file'] ?? '.driftignore'),
    codeDir: values['code-dir'] ? resolve(cwd, values['code-dir']) : defaultCodeDir(cwd),
    out: resolve(cwd, values.out ?? 'drift-fix'),
    codifyInto: values['codify-into'],
  };
}
