import { ALL_RULES } from '@groundwork/guard';
import { Command, EXIT, UsageError } from '../command';
import { GUARD_HELP } from '../guard/help';
import { parseScanOptions } from '../guard/options';
import { formatRulesTable } from '../guard/rules-table';
import { runScan } from '../guard/run-scan';

export const guardCommand: Command = {
  name: 'guard',
  summary: 'scan Terraform JSON for security mistakes (text, JSON or SARIF)',
  help: GUARD_HELP,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      (sub === undefined ? io.stderr : io.stdout).write(GUARD_HELP);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    }
    if (sub === 'rules') {
      io.stdout.write(formatRulesTable(ALL_RULES));
      return EXIT.ok;
    }
    if (sub !== 'scan')
      throw new UsageError(`unknown subcommand "${sub}": use \`scan\` or \`rules\` (see --help)`);
    const options = parseScanOptions(rest);
    if (options.help) {
      io.stdout.write(GUARD_HELP);
      return EXIT.ok;
    }
    return runScan(options, io);
  },
};
