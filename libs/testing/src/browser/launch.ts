import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { chromium } from './chromium';

/**
 * Headless Chromium for tests on a machine without internet: no sandbox (containers), no GPU, and none of the
 * background connections (QUIC, component updates, sync, field trials) a closed network would refuse. Text is
 * rendered without hinting and colors in sRGB so screenshots depend on the fonts, not on the machine's settings.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-field-trial-config',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

/** Launches Chromium with a fresh profile directory, removed when the browser closes. */
export async function launchChromium(): Promise<Browser> {
  const found = chromium();
  if (!found.available) throw new Error(found.reason);
  const { launch } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'groundwork-chromium-'));
  try {
    const browser = await launch({
      executablePath: found.executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
      timeout: 60_000,
    });
    // Chromium writes to its profile until its process ends: remove the profile then, not on disconnect.
    browser.process()?.once('exit', () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 }));
    return browser;
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}
