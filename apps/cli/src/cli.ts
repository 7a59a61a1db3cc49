import { Command, CommandIo, EXIT, UsageError } from './command';
import { driftCommand } from './commands/drift';
import { guardCommand } from './commands/guard';

export const COMMANDS: readonly Command[] = [driftCommand, guardCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: groundwork <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `groundwork <command> --help` for a command’s options.',
    'From the project root: `npm run --silent drift -- check …` or `npm run --silent guard -- scan …`.',
    '',
  ].join('\n');
}

/** Dispatches `groundwork <command> …`; returns the exit code (0 ok, 1 findings, 2 usage or input error). */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`groundwork: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`groundwork ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
