// `nx build drift-checker`: bundles the handler with esbuild for the Node version of the DriftChecker's default
// Lambda runtime (read from the construct's runtime module, so the two cannot disagree), then packs lambda.zip.
// Run with tsx, which loads that TypeScript module.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DRIFT_CHECKER_BUNDLE_TARGET } from '../../../libs/governance/src/drift-checker/lambda-runtime.ts';
import { zipBundle } from './zip-bundle.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const outdir = join(root, 'dist/apps/drift-checker');

rmSync(outdir, { recursive: true, force: true });
// The handler, and the organization sweep's planner, shard, reducer and evaluation delivery (organization/main.js,
// its own package).
for (const [entry, dir] of [
  ['apps/drift-checker/src/main.ts', outdir],
  ['apps/drift-checker/src/organization/main.ts', join(outdir, 'organization')],
]) {
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    target: DRIFT_CHECKER_BUNDLE_TARGET,
    format: 'cjs',
    minify: true,
    sourcemap: true,
    mainFields: ['module', 'main'],
    legalComments: 'none',
    tsconfig: join(root, 'apps/drift-checker/tsconfig.json'),
    outfile: join(dir, 'main.js'),
    logLevel: 'warning',
  });
  zipBundle(dir);
}
