import { describeInBrowser } from './jest';
import { axeViolations, renderedFonts } from './page-checks';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>` +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>` +
  `<body><main><h1 style="font-family: Arial, sans-serif">Title</h1>${body}</main></body></html>`;

describeInBrowser('the browser checks', (browser) => {
  jest.setTimeout(60_000);

  it('runs axe-core in a page whose CSP allows no script, and reports what it breaks', async () => {
    const tab = await browser().newPage();
    try {
      await tab.setContent(page('<p>Fine.</p>'));
      expect(await axeViolations(tab)).toEqual([]);
      await tab.setContent(page('<img src="data:,"><input type="text">'));
      const ids = (await axeViolations(tab)).map((v) => v.id).sort();
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label']));
    } finally {
      await tab.close();
    }
  });

  it('names the fonts the text was drawn with', async () => {
    const tab = await browser().newPage();
    try {
      await tab.setContent(page(''));
      const fonts = await renderedFonts(tab, 'h1');
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => typeof f === 'string' && f.length > 0)).toBe(true);
    } finally {
      await tab.close();
    }
  });
});
