import { Command, EXIT, UsageError } from '../command';
import { parseCheckOptions } from '../drift/check-options';
import { DRIFT_HELP, DRIFT_SUMMARY } from '../drift/help';
import { DriftCheckDeps, runDriftCheck } from '../drift/run-check';
import { parseFixOptions } from '../fix/fix-options';
import { FIX_HELP } from '../fix/help';
import { FixDeps, runFix } from '../fix/run-fix';

const SUBCOMMANDS = '`groundwork drift check` or `groundwork drift fix`';

/** `groundwork drift check|fix …`; `deps` lets tests replace the AWS clients and the prompt. */
export function createDriftCommand(deps: DriftCheckDeps & FixDeps = {}): Command {
  return {
    name: 'drift',
    summary: DRIFT_SUMMARY,
    help: DRIFT_HELP,
    async run(argv, io) {
      const [sub, ...rest] = argv;
      const help = rest.includes('--help') || rest.includes('-h');
      if (sub === '--help' || sub === '-h' || sub === 'help' || (sub === 'check' && help)) {
        io.stdout.write(DRIFT_HELP);
        return EXIT.ok;
      }
      if (sub === 'fix' && help) {
        io.stdout.write(FIX_HELP);
        return EXIT.ok;
      }
      if (sub === 'check') return runDriftCheck(parseCheckOptions(rest, io.cwd), io, deps);
      if (sub === 'fix') return runFix(parseFixOptions(rest, io.cwd), io, deps);
      throw new UsageError(
        `${sub === undefined ? 'a subcommand is required' : `unknown subcommand "${sub}"`}: use ${SUBCOMMANDS}.\n\n${DRIFT_HELP}`,
      );
    },
  };
}

export const driftCommand: Command = createDriftCommand();
