import { UsageError } from '../command';
import { parseOptions } from '../parse-options';

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly strict: boolean;
  readonly help: boolean;
}

const SCAN_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `guard scan` arguments: paths, --format/-f, --output/-o, --strict, --help/-h (`--opt=value` works too). */
export function parseScanOptions(argv: readonly string[]): ScanOptions {
  const { values, positionals } = parseOptions(argv, SCAN_OPTIONS, {
    positionals: true,
    helpCommand: 'groundwork guard --help',
  });
  const format = values.format ?? 'text';
  if (!isFormat(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  return {
    paths: positionals,
    format,
    ...(values.output !== undefined ? { output: values.output } : {}),
    strict: values.strict === true,
    help: values.help === true,
  };
}

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}
