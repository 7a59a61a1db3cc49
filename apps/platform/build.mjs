// Bundles the platform app's entry points with esbuild into dist/apps/platform, so synthesis runs on plain node
// with no TypeScript compile at run time. cdktf, constructs and the provider stay external: they are loaded from
// node_modules as they are (the provider's deep paths keep module loading small).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

await build({
  absWorkingDir: root,
  entryPoints: { main: 'apps/platform/src/main.ts', start: 'apps/platform/src/start.ts' },
  outdir: 'dist/apps/platform',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  tsconfig: 'apps/platform/tsconfig.json',
  external: ['cdktf', 'constructs', '@cdktf/*', 'tsx'],
  logLevel: 'warning',
});
