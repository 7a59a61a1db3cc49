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
await build({
  entryPoints: [join(root, 'apps/drift-checker/src/main.ts')],
  bundle: true,
  platform: 'node',
  target: DRIFT_CHECKER_BUNDLE_TARGET,
  format: 'cjs',
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  legalComments: 'none',
  tsconfig: join(root, 'apps/drift-checker/tsconfig.json'),
  outfile: join(outdir, 'main.js'),
  logLevel: 'warning',
});
zipBundle(outdir);
