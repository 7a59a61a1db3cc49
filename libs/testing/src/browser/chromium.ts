import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** A Chromium the browser tests can drive. */
export interface ChromiumAvailable {
  readonly available: true;
  readonly executablePath: string;
  /** As the browser reports it, for example `Chromium 150.0.7871.100`. */
  readonly version: string;
}

export interface ChromiumUnavailable {
  readonly available: false;
  readonly reason: string;
}

/** Where to look: `$GROUNDWORK_CHROMIUM` (a path or a name on PATH), then the names distributions use. */
const CANDIDATES = [
  process.env.GROUNDWORK_CHROMIUM,
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
].filter((c): c is string => Boolean(c));

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  if (isAbsolute(name)) return isExecutable(name) ? name : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, name);
    if (isExecutable(path)) return path;
  }
  return undefined;
}

let cached: ChromiumAvailable | ChromiumUnavailable | undefined;

/**
 * Probes once per process for a Chromium to drive with puppeteer-core (which downloads no browser): the Debian
 * `chromium` package (`apt-get install -y chromium`), or the one `$GROUNDWORK_CHROMIUM` names.
 */
export function chromium(): ChromiumAvailable | ChromiumUnavailable {
  if (cached) return cached;
  for (const candidate of CANDIDATES) {
    const executablePath = onPath(candidate);
    if (!executablePath) continue;
    try {
      const out = execFileSync(executablePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 20_000,
      });
      const version = /(Chromium|Google Chrome)\s+[\d.]+/.exec(out)?.[0];
      if (version) return (cached = { available: true, executablePath, version });
    } catch {
      // Not a working browser: try the next name.
    }
  }
  return (cached = {
    available: false,
    reason:
      `no Chromium found (looked for ${CANDIDATES.join(', ')} on PATH); install it with ` +
      '`apt-get install -y chromium`, or set GROUNDWORK_CHROMIUM to a Chromium or Chrome executable',
  });
}
