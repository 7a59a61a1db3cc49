import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

/** One rule axe-core found broken, with the elements that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (every rule it runs by default: WCAG 2.x A and AA, and its best practices) over the page and returns
 * the violations. Its source is evaluated through the DevTools protocol, which a page's Content-Security-Policy does
 * not govern, so pages that allow no foreign script can be checked as they are.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  // A string, not a function: what the page evaluates must not depend on how this file was compiled.
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) =>
    result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  )`) as Promise<AxeViolation[]>;
}

/** The font families the browser used to draw the text of the first element matching `selector`. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}
