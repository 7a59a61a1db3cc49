import { join } from 'node:path';
import { PLATFORM_DIR } from './paths';

/**
 * The example live account under apps/platform/examples/dev-account: the dev stacks "applied" to a simulated
 * account (Terraform state per stack and a Config snapshot with AWS's own resources), then changed by hand in a
 * few places. `npm start` checks it for drift; `npm run examples` regenerates it from the current IaC.
 */
export const EXAMPLE_ACCOUNT = {
  dir: join(PLATFORM_DIR, 'examples/dev-account'),
  environment: 'dev',
  /** The stacks deployed to the dev account that the example covers (the drift stack watches, it is not watched). */
  stacks: ['identity-dev', 'network-dev', 'data-dev', 'app-dev'],
} as const;

/** `groundwork drift check` arguments for the example account against a synthesized cdktf.out. */
export function driftCheckArgs(iacDir: string): string[] {
  return [
    'drift',
    'check',
    '--iac',
    iacDir,
    '--state',
    join(EXAMPLE_ACCOUNT.dir, 'state'),
    '--snapshot',
    join(EXAMPLE_ACCOUNT.dir, 'snapshot.json'),
    ...EXAMPLE_ACCOUNT.stacks.flatMap((s) => ['--stack', s]),
  ];
}
