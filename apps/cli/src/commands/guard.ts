import { Command, EXIT } from '../command';

// Scaffold: replaced by the guard work (`groundwork guard scan`).
export const guardCommand: Command = {
  name: 'guard',
  summary: 'scan Terraform JSON for security mistakes (not built yet)',
  help: 'groundwork guard scan: not built yet',
  async run(_argv, io) {
    io.stderr.write('groundwork guard: not built yet\n');
    return EXIT.usage;
  },
};
