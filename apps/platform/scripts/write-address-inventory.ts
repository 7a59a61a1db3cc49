// `npm run addresses`: writes apps/platform/addresses.txt, the inventory of every Terraform address of every stack,
// from the current IaC. Synthesizes with the fixture drift bundle, so no build is needed.
import { App } from 'cdktf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeFileAtomically } from '@groundwork/core/node';
import { ADDRESS_INVENTORY_FILE, formatInventory, stackAddresses } from '../src/address-inventory';
import { buildPlatform } from '../src/app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from '../src/example-account-drift';

const outdir = mkdtempSync(join(tmpdir(), 'groundwork-addresses-'));
try {
  const app = new App({ outdir });
  const platform = buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
  const inventory = Object.fromEntries(
    platform.stacks.map((stack) => {
      const file = join(outdir, 'stacks', stack.node.id, 'cdk.tf.json');
      return [stack.node.id, stackAddresses(JSON.parse(readFileSync(file, 'utf8')))];
    }),
  );
  writeFileAtomically(ADDRESS_INVENTORY_FILE, formatInventory(inventory));
  const count = Object.values(inventory).reduce((n, addresses) => n + addresses.length, 0);
  process.stdout.write(
    `wrote ${count} addresses of ${platform.stacks.length} stacks to ${relative(process.cwd(), ADDRESS_INVENTORY_FILE)}\n`,
  );
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
