import { Command, EXIT, UsageError } from '../command';
import { parseCheckOptions } from '../drift/check-options';
import { DRIFT_HELP, DRIFT_SUMMARY } from '../drift/help';
import { DriftCheckDeps, runDriftCheck } from '../drift/run-check';

/** `groundwork drift check …`; `deps` lets tests replace the AWS Config client. */
export function createDriftCommand(deps: DriftCheckDeps = {}): Command {
  return {
    name: 'drift',
    summary: DRIFT_SUMMARY,
    help: DRIFT_HELP,
    async run(argv, io) {
      const [sub, ...rest] = argv;
      if (
        sub === '--help' ||
        sub === '-h' ||
        sub === 'help' ||
        rest.includes('--help') ||
        rest.includes('-h')
      ) {
        io.stdout.write(DRIFT_HELP);
        return EXIT.ok;
      }
      if (sub !== 'check') {
        throw new UsageError(
          `${sub === undefined ? 'a subcommand is required' : `unknown subcommand "${sub}"`}: use \`groundwork drift check\`.\n\n${DRIFT_HELP}`,
        );
      }
      return runDriftCheck(parseCheckOptions(rest, io.cwd), io, deps);
    },
  };
}

export const driftCommand: Command = createDriftCommand();
