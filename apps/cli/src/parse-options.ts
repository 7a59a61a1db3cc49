import { parseArgs } from 'node:util';
import { UsageError } from './command';

/** One option of a command, as `node:util` `parseArgs` takes it (a long name, maybe a one-letter short name). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** @default no short form */
  readonly short?: string;
  /** May be given more than once; its value is then a list. @default false */
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true
    ? boolean[]
    : boolean
  : S['multiple'] extends true
    ? string[]
    : string;

/** The parsed values: each option is absent when not given. */
export type OptionValues<S extends OptionSpecs> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

export interface ParsedOptions<S extends OptionSpecs> {
  readonly values: OptionValues<S>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (`--opt value`, `--opt=value`, `-o value`, `--`), and
 * turns every mistake into a UsageError (exit 2) that names the option as it was typed and points at the help:
 * an unknown option, a missing or empty value, a value given to a flag, an unexpected argument.
 */
export function parseOptions<S extends OptionSpecs>(
  argv: readonly string[],
  specs: S,
  usage: { readonly positionals: boolean; readonly helpCommand: string },
): ParsedOptions<S> {
  const see = `(see \`${usage.helpCommand}\`)`;
  // Non-strict, so that every mistake is reported here in this CLI's words rather than in parseArgs' own.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: specs as Record<string, OptionSpec>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional' && !usage.positionals) {
      throw new UsageError(`unexpected argument "${token.value}": this command takes options only ${see}`);
    }
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (spec === undefined) throw new UsageError(`unknown option "${token.rawName}" ${see}`);
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new UsageError(`${token.rawName} takes no value, got "${token.value}" ${see}`);
    }
    // parseArgs takes the next argument as the value even when it is another option: refuse that, as its strict
    // mode does, so `--output --strict` is not a file named "--strict".
    const swallowedOption = !token.inlineValue && token.value?.startsWith('-');
    if (spec.type === 'string' && (token.value === undefined || token.value === '' || swallowedOption)) {
      throw new UsageError(
        `${token.rawName} needs a value${swallowedOption ? ` (write --${token.name}=<value> for one that starts with "-")` : ''} ${see}`,
      );
    }
  }
  return { values: values as OptionValues<S>, positionals };
}
