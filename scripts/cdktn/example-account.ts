// Prints the example account's directory and the `groundwork drift check` arguments `npm start` uses for it, as
// JSON, so the cdktn check runs the same check (run with tsx from the workspace root).
import { EXAMPLE_ACCOUNT, driftCheckArgs } from '../../apps/platform/src/example-account';

process.stdout.write(JSON.stringify({ dir: EXAMPLE_ACCOUNT.dir, args: driftCheckArgs('cdktf.out') }));
