import { Command, EXIT } from '../command';

// Scaffold: replaced by the drift engine work (`groundwork drift check`).
export const driftCommand: Command = {
  name: 'drift',
  summary: 'compare live AWS Config items with the synthesized IaC (not built yet)',
  help: 'groundwork drift check: not built yet',
  async run(_argv, io) {
    io.stderr.write('groundwork drift: not built yet\n');
    return EXIT.usage;
  },
};
