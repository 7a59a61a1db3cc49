// `npm run examples`: regenerates apps/platform/examples/estate/ from the current IaC. Synthesizes the platform
// (with the fixture drift bundle, so no build is needed), applies every stack in its own simulated account, applies
// the injected drifts and replaces the directory atomically: written next to it, then renamed into place.
import { App } from 'cdktf';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildPlatform } from '../src/app';
import { EXAMPLE_ACCOUNT } from '../src/example-account';
import { exampleAccountFiles, FIXTURE_DRIFT_BUNDLE_ZIP, INJECTED_DRIFTS } from '../src/example-account-drift';

async function main(): Promise<void> {
  const iacDir = mkdtempSync(join(tmpdir(), 'groundwork-example-iac-'));
  const target = EXAMPLE_ACCOUNT.dir;
  const staging = `${target}.tmp-${process.pid}`;
  const previous = `${target}.old-${process.pid}`;
  try {
    const app = new App({ outdir: iacDir });
    buildPlatform(app, {
      driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
      organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    });
    app.synth();
    const files = exampleAccountFiles(iacDir);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
    }
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, { recursive: true, force: true });
    process.stdout.write(
      `wrote ${Object.keys(files).length} files to ${relative(process.cwd(), target)} ` +
        `(${INJECTED_DRIFTS.length} injected drifts)\n`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(iacDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run examples: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
