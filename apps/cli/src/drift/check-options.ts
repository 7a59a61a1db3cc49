import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REPORT_GROUPINGS, type ReportGrouping } from '@groundwork/drift';
import { UsageError } from '../command';
import { parseOptions } from '../parse-options';
import type { ChangeSource } from './changed-by';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Where the live side comes from: files in any accepted form (read together, with the account and region of those
 * that carry none), the AWS Config API (`--from-config`), or every live source through the AWS APIs (`--live`:
 * AWS Config, Cloud Control and the direct reads). The APIs are called as the AWS CLI would: the usual credential
 * chain, `--profile` and `--region`.
 */
export type LiveOption =
  | {
      readonly kind: 'snapshot';
      readonly files: readonly string[];
      readonly account?: string;
      readonly region?: string;
    }
  | {
      readonly kind: 'config' | 'live';
      readonly region?: string;
      readonly aggregator?: string;
      readonly profile?: string;
      /** Write what was read there, as declared inventories, for later `--snapshot` runs. */
      readonly save?: string;
    };

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
  /** Where who changed each finding comes from. */
  readonly changes: ChangeSource;
  /** Text and markdown: resources under their stack or under who changed them last. */
  readonly groupBy: ReportGrouping;
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
  live: { type: 'boolean' },
  region: { type: 'string' },
  profile: { type: 'string' },
  aggregator: { type: 'string' },
  save: { type: 'string' },
  cloudtrail: { type: 'string', multiple: true },
  'no-cloudtrail': { type: 'boolean' },
  'group-by': { type: 'string' },
} as const;

/** Parses and validates `drift check` arguments; a UsageError (exit 2) says which option is wrong and why. */
export function parseCheckOptions(argv: string[], cwd: string): CheckOptions {
  const { values } = parseOptions(argv, CHECK_OPTIONS, {
    positionals: false,
    helpCommand: 'groundwork drift check --help',
  });

  if (!values.iac) throw new UsageError(`--iac <cdktf.out dir> is required.\n${HINT}`);
  const fromConfig = values['from-config'] === true;
  const readLive = values.live === true;
  const snapshots = values.snapshot ?? [];
  const modes = [snapshots.length > 0 && '--snapshot', fromConfig && '--from-config', readLive && '--live'];
  const given = modes.filter((m): m is string => typeof m === 'string');
  if (given.length > 1) throw new UsageError(`give one of ${given.join(', ')}, not several.\n${HINT}`);
  if (given.length === 0) {
    throw new UsageError(
      `--snapshot <file> is required, or --live to read the account with the AWS APIs (--from-config: AWS Config only).\n${HINT}`,
    );
  }
  const api = fromConfig || readLive;
  for (const option of ['aggregator', 'profile', 'save'] as const)
    if (!api && values[option] !== undefined)
      throw new UsageError(`--${option} only applies with --live or --from-config.\n${HINT}`);
  if (api && values.account) {
    throw new UsageError(
      `--account only applies with --snapshot: the AWS APIs name the account they are called in.\n${HINT}`,
    );
  }
  if (values.profile !== undefined && values.profile.trim() === '')
    throw new UsageError(`--profile needs the name of a profile of your AWS config, got "".`);
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
  const groupBy = values['group-by'] ?? 'stack';
  if (!(REPORT_GROUPINGS as readonly string[]).includes(groupBy))
    throw new UsageError(`--group-by must be one of ${REPORT_GROUPINGS.join(', ')}, got "${groupBy}".`);
  if (values['group-by'] && format !== 'text' && format !== 'markdown')
    throw new UsageError(
      `--group-by applies to the text and markdown reports; the ${format} report carries who changed each finding in changedBy.`,
    );
  if (values['no-cloudtrail'] && values.cloudtrail)
    throw new UsageError(`give either --cloudtrail <file> or --no-cloudtrail, not both.\n${HINT}`);
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
  const live: LiveOption = api
    ? {
        kind: readLive ? 'live' : 'config',
        region: values.region,
        aggregator: values.aggregator,
        profile: values.profile,
        ...(values.save !== undefined && {
          save: requireWritableTarget(resolve(cwd, values.save), '--save'),
        }),
      }
    : {
        kind: 'snapshot',
        files: snapshots.map((f) => requireFile('--snapshot', resolve(cwd, f))),
        ...(values.account !== undefined && { account: values.account }),
        ...(values.region !== undefined && { region: values.region }),
      };
  const ignore = values.ignore ? requireFile('--ignore', resolve(cwd, values.ignore)) : undefined;
  const output = values.output ? requireWritableTarget(resolve(cwd, values.output), '--output') : undefined;
  const trailFiles = (values.cloudtrail ?? []).map((f) => requireFile('--cloudtrail', resolve(cwd, f)));
  const changes: ChangeSource =
    trailFiles.length > 0
      ? { kind: 'files', files: trailFiles }
      : api && !values['no-cloudtrail']
        ? { kind: 'lookup', region: values.region, profile: values.profile }
        : { kind: 'none' };

  return {
    iac,
    state,
    live,
    format,
    output,
    ignore,
    stacks: values.stack ?? [],
    strict: values.strict === true,
    changes,
    groupBy: groupBy as ReportGrouping,
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

function requireWritableTarget(path: string, option: string): string {
  if (kindOf(path) === 'dir') throw new UsageError(`${option} ${path}: is a directory; give a file name.`);
  if (kindOf(dirname(path)) !== 'dir') {
    throw new UsageError(`${option} ${path}: the directory ${dirname(path)} does not exist.`);
  }
  return path;
}
