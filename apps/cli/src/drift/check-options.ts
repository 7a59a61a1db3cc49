import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../command';
import { parseOptions } from '../parse-options';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Where the live side comes from: files in any accepted form (read together, with the account and region of those
 * that carry none), or the AWS Config API.
 */
export type LiveOption =
  | {
      readonly kind: 'snapshot';
      readonly files: readonly string[];
      readonly account?: string;
      readonly region?: string;
    }
  | { readonly kind: 'config'; readonly region?: string; readonly aggregator?: string };

/** `groundwork drift check` options, validated, with paths resolved against the working directory. */
export interface CheckOptions {
  readonly iac: string;
  readonly state?: string;
  readonly live: LiveOption;
  readonly format: ReportFormat;
  readonly output?: string;
  readonly ignore?: string;
  readonly stacks: readonly string[];
  readonly strict: boolean;
}

const HINT = 'Run `groundwork drift check --help` for usage.';

const CHECK_OPTIONS = {
  iac: { type: 'string' },
  state: { type: 'string' },
  snapshot: { type: 'string', multiple: true },
  account: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  ignore: { type: 'string' },
  stack: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  'from-config': { type: 'boolean' },
  region: { type: 'string' },
  aggregator: { type: 'string' },
} as const;

/** Parses and validates `drift check` arguments; a UsageError (exit 2) says which option is wrong and why. */
export function parseCheckOptions(argv: string[], cwd: string): CheckOptions {
  const { values } = parseOptions(argv, CHECK_OPTIONS, {
    positionals: false,
    helpCommand: 'groundwork drift check --help',
  });

  if (!values.iac) throw new UsageError(`--iac <cdktf.out dir> is required.\n${HINT}`);
  const fromConfig = values['from-config'] === true;
  const snapshots = values.snapshot ?? [];
  if (fromConfig && snapshots.length > 0) {
    throw new UsageError(`give either --snapshot <file> or --from-config, not both.\n${HINT}`);
  }
  if (!fromConfig && snapshots.length === 0) {
    throw new UsageError(
      `--snapshot <file> (or --from-config to read AWS Config directly) is required.\n${HINT}`,
    );
  }
  if (!fromConfig && values.aggregator) {
    throw new UsageError(`--aggregator only applies with --from-config.\n${HINT}`);
  }
  if (fromConfig && values.account) {
    throw new UsageError(
      `--account only applies with --snapshot: AWS Config names the account of every item it returns.\n${HINT}`,
    );
  }
  if (values.account !== undefined && !/^\d{12}$/.test(values.account)) {
    throw new UsageError(`--account must be a 12-digit AWS account id, got "${values.account}".`);
  }
  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(values.region)) {
    throw new UsageError(`--region must be an AWS region such as eu-west-1, got "${values.region}".`);
  }
  const format = values.format ?? 'text';
  if (!isFormat(format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${format}".`);
  }
  for (const stack of values.stack ?? []) {
    if (stack.trim() === '') throw new UsageError(`--stack needs a stack name, got "${stack}".`);
  }

  const iac = requireDir(
    '--iac',
    resolve(cwd, values.iac),
    'a cdktf output directory (manifest.json, stacks/*/cdk.tf.json)',
  );
  const state = values.state
    ? requireDir('--state', resolve(cwd, values.state), 'a directory of <stack>.tfstate files')
    : undefined;
  const live: LiveOption = fromConfig
    ? { kind: 'config', region: values.region, aggregator: values.aggregator }
    : {
        kind: 'snapshot',
        files: snapshots.map((f) => requireFile('--snapshot', resolve(cwd, f))),
        ...(values.account !== undefined && { account: values.account }),
        ...(values.region !== undefined && { region: values.region }),
      };
  const ignore = values.ignore ? requireFile('--ignore', resolve(cwd, values.ignore)) : undefined;
  const output = values.output ? requireWritableTarget(resolve(cwd, values.output)) : undefined;

  return {
    iac,
    state,
    live,
    format,
    output,
    ignore,
    stacks: values.stack ?? [],
    strict: values.strict === true,
  };
}

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

function kindOf(path: string): 'file' | 'dir' | 'other' | 'missing' {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

function requireDir(option: string, path: string, expected: string): string {
  const kind = kindOf(path);
  if (kind !== 'dir') {
    throw new UsageError(
      `${option} ${path}: ${kind === 'missing' ? 'does not exist' : 'is not a directory'}; expected ${expected}.`,
    );
  }
  return path;
}

function requireFile(option: string, path: string): string {
  const kind = kindOf(path);
  if (kind !== 'file')
    throw new UsageError(`${option} ${path}: ${kind === 'missing' ? 'does not exist' : 'is not a file'}.`);
  return path;
}

function requireWritableTarget(path: string): string {
  if (kindOf(path) === 'dir') throw new UsageError(`--output ${path}: is a directory; give a file name.`);
  if (kindOf(dirname(path)) !== 'dir') {
    throw new UsageError(`--output ${path}: the directory ${dirname(path)} does not exist.`);
  }
  return path;
}
