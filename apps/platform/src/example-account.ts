import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_DIR } from './paths';

/**
 * The example live estate under apps/platform/examples/estate: every stack "applied" to a simulated account, each
 * in the account its provider pins (org in the management account, each environment's stacks in its own), with
 * Terraform state per stack and, per account, what the three live sources read: an AWS Config snapshot, Cloud
 * Control and direct reads as declared inventories. Then changed by hand in a few places. `npm start` checks it for
 * drift; `npm run examples` regenerates it from the current IaC.
 */
export const EXAMPLE_ACCOUNT = {
  dir: join(PLATFORM_DIR, 'examples/estate'),
  /** The dev account's CloudTrail log of the changes made by hand: who changed what. */
  cloudTrail: join(PLATFORM_DIR, 'examples/estate/dev/cloudtrail.json'),
} as const;

/**
 * The live inputs of the example, one directory per account: `<account>/<file>.json`, in a stable order (the
 * CloudTrail log is no live input).
 */
export function exampleLiveFiles(dir: string = EXAMPLE_ACCOUNT.dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'state')
    .map((d) => d.name)
    .sort()
    .flatMap((account) =>
      readdirSync(join(dir, account))
        .filter((f) => f.endsWith('.json') && f !== 'cloudtrail.json')
        .sort()
        .map((f) => join(dir, account, f)),
    );
}

/** `groundwork drift check` arguments for every stack of the example estate against a synthesized cdktf.out. */
export function driftCheckArgs(iacDir: string): string[] {
  return [
    'drift',
    'check',
    '--iac',
    iacDir,
    '--state',
    join(EXAMPLE_ACCOUNT.dir, 'state'),
    ...exampleLiveFiles().flatMap((f) => ['--snapshot', f]),
    '--cloudtrail',
    EXAMPLE_ACCOUNT.cloudTrail,
  ];
}
