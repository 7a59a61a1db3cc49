// Entry point for `cdktf synth` (cdktf.json) and `npm run synth`: synthesizes every stack into cdktf.out.
// GROUNDWORK_BACKEND=local switches every stack to a local backend for offline runs.
import { App } from 'cdktf';
import { buildPlatform } from './app';
import { backendKindFromEnv } from './backend';
import { ConfigError } from './config/config-error';

try {
  const app = new App();
  buildPlatform(app, { backend: backendKindFromEnv() });
  app.synth();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 2;
}
