import { UsageError } from '../command';

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly strict: boolean;
  readonly help: boolean;
}

/** Parses `guard scan` arguments: paths, --format/-f, --output/-o, --strict, --help/-h (`--opt=value` works too). */
export function parseScanOptions(argv: readonly string[]): ScanOptions {
  const paths: string[] = [];
  let format: OutputFormat = 'text';
  let output: string | undefined;
  let strict = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') ? splitInline(argv[i]) : [argv[i], undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) {
          throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v}"`);
        }
        format = v as OutputFormat;
        break;
      }
      case '--output':
      case '-o':
        output = value();
        break;
      case '--strict':
        strict = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (flag.startsWith('-'))
          throw new UsageError(`unknown option "${flag}" (see \`groundwork guard --help\`)`);
        paths.push(flag);
    }
  }
  return { paths, format, ...(output !== undefined ? { output } : {}), strict, help };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
