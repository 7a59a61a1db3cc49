// Entry point for `cdktf synth` (cdktf.json) and `npm run synth`: synthesizes every stack into cdktf.out.
// GROUNDWORK_BACKEND=local switches every stack to a local backend for offline runs.
import { App } from 'cdktf';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlatform } from './app';
import { backendKindFromEnv } from './backend';
import { ConfigError } from './config/config-error';

try {
  const app = new App();
  buildPlatform(app, { backend: backendKindFromEnv() });
  // What `groundwork drift fix` generated (live values accepted, resources codified), once there is any.
  const driftFixes = join(__dirname, 'drift-fixes', 'index.ts');
  if (existsSync(driftFixes))
    // A static import would not compile before the first fix is generated.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(driftFixes) as { applyDriftFixes(app: App): void }).applyDriftFixes(app);
  app.synth();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 2;
}
