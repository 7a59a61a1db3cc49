/// <reference types="jest" />
import type { Browser } from 'puppeteer-core';
import { chromium } from './chromium';
import { launchChromium } from './launch';

/**
 * A jest `describe` whose tests get a headless Chromium (`browser()`), started once for the block. Without Chromium
 * the block is skipped and the reason printed, so a skip is never silent.
 */
export function describeInBrowser(title: string, body: (browser: () => Browser) => void): void {
  const found = chromium();
  if (!found.available) {
    console.warn(`browser tests skipped for "${title}": ${found.reason}`);
    describe.skip(title, () =>
      body(() => {
        throw new Error(found.reason);
      }),
    );
    return;
  }
  describe(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error(`${found.version} did not start`);
      return browser;
    });
  });
}
