import { UsageError } from './command';
import { parseOptions } from './parse-options';

const SPECS = {
  format: { type: 'string', short: 'f' },
  stack: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
} as const;
const usage = { positionals: true, helpCommand: 'groundwork x --help' };
const parse = (...argv: string[]) => parseOptions(argv, SPECS, usage);
const failure = (...argv: string[]): string => {
  try {
    parse(...argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error(`expected a usage error for ${JSON.stringify(argv)}`);
};

describe('parseOptions', () => {
  it('reads long, inline, short and repeated options and positionals', () => {
    expect(
      parse('a.json', '--format', 'json', '--stack=net', '-f', 'sarif', '--stack', 'app', '--strict', 'b'),
    ).toEqual({
      values: { format: 'sarif', stack: ['net', 'app'], strict: true },
      positionals: ['a.json', 'b'],
    });
    expect(parse('-fjson', '--', '--strict').values).toEqual({ format: 'json' });
    expect(parse('-fjson', '--', '--strict').positionals).toEqual(['--strict']);
  });

  it.each([
    [['--colour'], 'unknown option "--colour" (see `groundwork x --help`)'],
    [['-x'], 'unknown option "-x"'],
    [['--format'], '--format needs a value'],
    [['--format='], '--format needs a value'],
    [['-f', '--strict'], '-f needs a value (write --format=<value> for one that starts with "-")'],
    [['--strict=yes'], '--strict takes no value, got "yes"'],
  ])('refuses %j in its own words', (argv, message) => {
    expect(failure(...argv)).toContain(message);
  });

  it('refuses positionals when the command takes none', () => {
    expect(() => parseOptions(['extra'], SPECS, { ...usage, positionals: false })).toThrow(
      'unexpected argument "extra": this command takes options only (see `groundwork x --help`)',
    );
  });
});
