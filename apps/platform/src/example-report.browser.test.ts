// The HTML drift report of the example account, as `npm start` writes it, opened in headless Chromium: it loads
// offline under its CSP, every number matches the JSON report, the filters, the search, the diff view, the keyboard,
// the construct tree and print work, axe-core finds nothing, and it looks like the committed screenshot.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { renderHtml, type DriftReport, type ResourceResult } from '@groundwork/drift';
import { axeViolations, compareScreenshot, describeInBrowser, renderedFonts } from '@groundwork/testing';
import { App } from 'cdktf';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import { buildPlatform } from './app';
import { driftCheckArgs } from './example-account';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from './example-account-drift';
import { runGroundwork } from './groundwork-cli';

const REFERENCE = join(__dirname, '__screenshots__/example-report.png');
/** When the example's report says it was made: the example snapshot's capture time (2026-11-27 08:00 UTC). */
const MADE_AT = String(Date.UTC(2026, 10, 27, 8) / 1000);
const VIEWPORT = { width: 1280, height: 1080, deviceScaleFactor: 1 };
const DRIFT = new Set(['MODIFIED', 'DELETED', 'UNMANAGED']);
const LISTED = new Set(['MODIFIED', 'DELETED', 'UNMANAGED', 'NOT_CHECKED']);

const label = (r: ResourceResult) => r.address ?? `${r.resourceType} ${r.resourceId}`;
const typeOf = (r: ResourceResult) => r.resourceType ?? (r.address as string).split('.')[0];
const countBy = <K>(items: readonly ResourceResult[], key: (r: ResourceResult) => K) => {
  const counts = new Map<K, number>();
  for (const r of items) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
};

describeInBrowser('the HTML report of the example account', (browser) => {
  jest.setTimeout(60_000);
  let dir: string;
  let html: string;
  let report: DriftReport;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'groundwork-example-report-'));
    const iacDir = join(dir, 'cdktf.out');
    const app = new App({ outdir: iacDir });
    buildPlatform(app, {
      driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
      organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    });
    app.synth();
    html = join(dir, 'drift-report.html');
    const json = join(dir, 'drift-report.json');
    const page = runGroundwork([...driftCheckArgs(iacDir), '--format', 'html', '--output', html], {
      SOURCE_DATE_EPOCH: MADE_AT,
    });
    const data = runGroundwork([...driftCheckArgs(iacDir), '--format', 'json', '--output', json]);
    // Exit 1: the example account has drift, by design.
    if (page.status !== 1 || data.status !== 1)
      throw new Error(`drift check exited ${page.status} and ${data.status}: ${page.stderr}${data.stderr}`);
    report = JSON.parse(readFileSync(json, 'utf8'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A new tab on the report, with page errors collected. */
  async function open(
    setup?: (page: Page) => Promise<void>,
    file = html,
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser().newPage();
    await page.setViewport(VIEWPORT);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await setup?.(page);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForSelector('#construct-tree .tree'); // rendered after the first frame
    return { page, errors };
  }

  /** The id of the toggle button of the listed finding of this resource. */
  const toggleOf = async (page: Page, r: ResourceResult): Promise<string> => {
    const id = await page.$$eval(
      '.finding',
      (els, text) =>
        els
          .find((e) => e.querySelector('.finding-label')?.textContent === text)
          ?.querySelector('.finding-toggle')?.id,
      label(r),
    );
    if (!id) throw new Error(`${label(r)} is not listed`);
    return id;
  };
  const listed = (page: Page) =>
    page.$$eval('#finding-list .finding-label', (els) => els.map((e) => e.textContent ?? ''));
  const results = (page: Page) => page.$eval('#results', (e) => e.textContent ?? '');
  const expectedLabels = (pick: (r: ResourceResult) => boolean) =>
    report.resources.filter(pick).map(label).sort();

  it('opens offline: the file is the only request, nothing fails, and the CSP allows nothing else', async () => {
    const requests: string[] = [];
    const { page, errors } = await open(async (p) => {
      p.on('request', (r) => requests.push(r.url()));
      await p.evaluateOnNewDocument(`window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective));`);
    });
    try {
      expect(requests).toEqual([pathToFileURL(html).href]);
      expect(errors).toEqual([]);
      expect(await page.evaluate('window.violations')).toEqual([]);
      expect(await listed(page)).not.toEqual([]);
      // A script the report did not ship does not run, and nothing can be fetched.
      await page.evaluate(`const s = document.createElement('script');
        s.textContent = 'window.injected = true'; document.body.append(s);`);
      expect(await page.evaluate('window.injected')).toBeUndefined();
      expect(
        await page.evaluate(`fetch('https://example.com/').then(() => 'fetched', () => 'refused')`),
      ).toBe('refused');
      expect(await page.evaluate('window.violations')).toEqual(['script-src-elem', 'connect-src']);
    } finally {
      await page.close();
    }
  });

  it('shows every number of the JSON report', async () => {
    const percent = (fraction: number) => `${(Math.floor(fraction * 1000) / 10).toFixed(1)}%`;
    const { page } = await open();
    try {
      const s = report.summary;
      const cards = Object.fromEntries(
        await page.$$eval('[data-summary]', (els) =>
          els.map((e) => [(e as HTMLElement).dataset.summary, e.textContent]),
        ),
      );
      expect(cards).toEqual({
        total: String(s.total),
        inSync: String(s.inSync),
        modified: String(s.modified),
        deleted: String(s.deleted),
        unmanaged: String(s.unmanaged),
        notChecked: String(s.notChecked),
        coverage: percent(s.coverage),
        // The example estate is read from every live source: a card per source.
        ...Object.fromEntries(
          Object.entries(s.coverageBySource ?? {}).map(([source, c]) => [`coverage-${source}`, percent(c)]),
        ),
      });
      expect(Object.keys(s.coverageBySource ?? {}).sort()).toEqual(['cloudcontrol', 'config', 'direct']);
      const drifted = report.resources.filter((r) => DRIFT.has(r.status)).length;
      expect(await page.$eval('.verdict', (e) => e.textContent)).toBe(`Drift found on ${drifted} resources.`);
      const stacks = countBy(report.resources, (r) => r.stack);
      const named = [...stacks.keys()].filter((k) => k !== null);
      expect(await page.$eval('.page-header .muted', (e) => e.textContent)).toBe(
        `${s.total} resources in ${named.length} stacks · made 2026-11-27 08:00:00 UTC`,
      );

      const byStatus = countBy(report.resources, (r) => r.status);
      const statusCounts = Object.fromEntries(
        await page.$$eval('[data-status-count]', (els) =>
          els.map((e) => [(e as HTMLElement).dataset.statusCount, Number(e.textContent)]),
        ),
      );
      expect(statusCounts).toEqual({
        MODIFIED: s.modified,
        DELETED: s.deleted,
        UNMANAGED: s.unmanaged,
        NOT_CHECKED: s.notChecked,
        IN_SYNC: s.inSync,
      });
      expect(statusCounts).toEqual(
        Object.fromEntries(
          ['MODIFIED', 'DELETED', 'UNMANAGED', 'NOT_CHECKED', 'IN_SYNC'].map((k) => [
            k,
            byStatus.get(k as ResourceResult['status']) ?? 0,
          ]),
        ),
      );

      const options = (id: string) =>
        page.$$eval(`#${id} option`, (els) =>
          els.map((e) => [(e as HTMLOptionElement).value, e.textContent]),
        );
      expect(await options('filter-stack')).toEqual([
        ['', `All stacks (${s.total})`],
        // Resources in no stack (made by hand) come first, under a label of their own.
        ...(stacks.has(null) ? [[' ', `in no stack (${stacks.get(null)})`]] : []),
        ...[...stacks]
          .filter(([k]) => k !== null)
          .sort(([a], [b]) => String(a).localeCompare(String(b)))
          .map(([k, n]) => [k, `${k} (${n})`]),
      ]);
      const types = countBy(report.resources, typeOf);
      expect(await options('filter-type')).toEqual([
        ['', `All types (${s.total})`],
        ...[...types].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => [k, `${k} (${n})`]),
      ]);
      // The example report says where each resource was compared: a filter offers each place and each source.
      const values = async (id: string) => (await options(id)).map(([v]) => v).filter(Boolean);
      const placed = report.resources.filter((r) => r.account || r.region);
      expect((await values('filter-location')).sort()).toEqual(
        [...countBy(placed, (r) => [r.account, r.region].filter(Boolean).join(' ')).keys()].sort(),
      );
      expect((await values('filter-source')).sort()).toEqual(
        [
          ...countBy(
            report.resources.filter((r) => r.source),
            (r) => r.source,
          ).keys(),
        ].sort(),
      );

      const shown = expectedLabels((r) => LISTED.has(r.status));
      expect((await listed(page)).sort()).toEqual(shown);
      expect(await results(page)).toBe(`${shown.length} of ${s.total} resources match.`);

      // The construct tree: one root per stack, marked with its drift, then one for what is in no stack.
      const roots = await page.$$eval('#construct-tree > ul > li > details > summary', (els) =>
        els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      );
      const root = (name: string, of: readonly ResourceResult[]) => {
        const d = of.filter((r) => DRIFT.has(r.status)).length;
        return d > 0 ? `${name} ${d} drifted` : `${name} ${of.length} resources`;
      };
      expect(roots).toEqual([
        ...named.sort().map((stack) =>
          root(
            String(stack),
            report.resources.filter((r) => r.stack === stack),
          ),
        ),
        ...(stacks.has(null)
          ? [
              root(
                'Not in any stack',
                report.resources.filter((r) => r.stack === null),
              ),
            ]
          : []),
      ]);
    } finally {
      await page.close();
    }
  });

  it('filters by status, stack and resource type, and resets', async () => {
    const { page } = await open();
    const status = (s: string) => page.click(`input[name="status"][value="${s}"]`);
    try {
      for (const stack of new Set(report.resources.flatMap((r) => (r.stack === null ? [] : [r.stack])))) {
        await page.select('#filter-stack', stack);
        expect((await listed(page)).sort()).toEqual(
          expectedLabels((r) => r.stack === stack && LISTED.has(r.status)),
        );
      }
      // One stack with its resources in sync too: fewer than a page of findings.
      await page.select('#filter-stack', 'identity-dev');
      await status('IN_SYNC');
      expect((await listed(page)).sort()).toEqual(expectedLabels((r) => r.stack === 'identity-dev'));
      await page.select('#filter-stack', '');
      await status('NOT_CHECKED');
      await status('IN_SYNC');
      expect((await listed(page)).sort()).toEqual(expectedLabels((r) => DRIFT.has(r.status)));
      await page.select('#filter-type', 'AWS::IAM::Role');
      expect((await listed(page)).sort()).toEqual(
        expectedLabels((r) => r.resourceType === 'AWS::IAM::Role' && DRIFT.has(r.status)),
      );
      await status('MODIFIED');
      await status('UNMANAGED'); // the role made by hand
      expect(await listed(page)).toEqual([]);
      expect(await results(page)).toBe(
        `No resource matches these filters (${report.summary.total} in the report).`,
      );
      await page.click('#filter-reset');
      expect((await listed(page)).sort()).toEqual(expectedLabels((r) => LISTED.has(r.status)));
      expect(await page.$eval('#filter-type', (e) => (e as HTMLSelectElement).value)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('searches names, paths and values, and Escape clears the search', async () => {
    const { page } = await open();
    try {
      await page.type('#filter-search', 'AdministratorAccess');
      expect((await listed(page)).sort()).toEqual(
        expectedLabels(
          (r) =>
            r.differences.some((d) => JSON.stringify(d.actual).includes('AdministratorAccess')) ||
            (r.changedBy ?? []).some((e) => e.principalArn.includes('AdministratorAccess')),
        ),
      );
      await page.click('#filter-search', { count: 3 });
      await page.type('#filter-search', 'BASTION');
      expect((await listed(page)).sort()).toEqual(
        expectedLabels(
          (r) =>
            LISTED.has(r.status) &&
            [r.constructPath ?? '', ...r.addresses].some((t) => t.toLowerCase().includes('bastion')),
        ),
      );
      await page.keyboard.press('Escape');
      expect(await page.$eval('#filter-search', (e) => (e as HTMLInputElement).value)).toBe('');
      expect((await listed(page)).length).toBe(report.resources.filter((r) => LISTED.has(r.status)).length);
    } finally {
      await page.close();
    }
  });

  it('is usable with the keyboard: skip link, `/` to search, Enter and Space on a finding, Tab to the next', async () => {
    const { page } = await open();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    try {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Skip to the findings');
      await page.keyboard.press('Enter');
      expect(await focused()).toBe('findings');
      await page.keyboard.press('/');
      expect(await focused()).toBe('filter-search');
      const [first, second] = await page.$$eval('.finding-toggle', (els) => els.slice(0, 2).map((e) => e.id));
      await page.focus(`#${first}`);
      await page.keyboard.press('Enter');
      const panel = first.replace(/-toggle$/, '');
      expect(await page.$eval(`#${first}`, (e) => e.getAttribute('aria-expanded'))).toBe('true');
      expect(await page.$eval(`#${panel}`, (e) => !(e as HTMLElement).hidden && e.textContent !== '')).toBe(
        true,
      );
      await page.keyboard.press('Space');
      expect(await page.$eval(`#${panel}`, (e) => (e as HTMLElement).hidden)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(second);
    } finally {
      await page.close();
    }
  });

  it('shows each difference side by side, expected against actual', async () => {
    const { page } = await open();
    try {
      const at = (path: string) => report.resources.find((r) => r.constructPath === path) as ResourceResult;
      const sg = at('app-dev/bastion/security-group/group');
      const bucket = at('data-dev/assets-bucket/bucket');
      const rows = async (r: ResourceResult) => {
        const id = await toggleOf(page, r);
        await page.click(`#${id}`);
        return page.$$eval(`#${id.replace(/-toggle$/, '')} table.diff tbody tr`, (trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => `${td.className}:${td.textContent}`)),
        );
      };
      expect(await rows(bucket)).toEqual([['del:"Enabled"', 'ins:"Suspended"']]);
      const ingress = await rows(sg);
      expect(ingress).toHaveLength(1);
      expect(ingress[0][0]).toBe('absent:(absent)');
      const added = sg.differences[0].actual as Record<string, unknown>;
      expect(ingress[0][1]).toBe(`ins:${JSON.stringify(added, Object.keys(added).sort(), 2)}`);
    } finally {
      await page.close();
    }
  });

  it('opens a resource chosen in the construct tree', async () => {
    const { page } = await open();
    try {
      const db = report.resources.find(
        (r) => r.constructPath === 'data-dev/database/instance',
      ) as ResourceResult;
      // data-dev/database/instance: open from the start, as its subtree drifted; chosen with the keyboard.
      const leaf = await page.evaluateHandle(() => {
        const database = [...document.querySelectorAll('#construct-tree details')].find(
          (d) => d.querySelector(':scope > summary .tree-name')?.textContent === 'database',
        );
        return [...(database?.querySelectorAll(':scope > ul > li > .tree-leaf') ?? [])].find(
          (b) => b.querySelector('.tree-name')?.textContent === 'instance',
        );
      });
      const button = leaf.asElement() as ElementHandle<HTMLButtonElement> | null;
      if (!button) throw new Error('no leaf data-dev/database/instance in the construct tree');
      expect(await button.evaluate((b) => b.textContent)).toBe('instance Modified');
      await button.focus();
      await page.keyboard.press('Enter');
      // Searched by construct path: data-prod's database has the same address.
      expect(await page.$eval('#filter-search', (e) => (e as HTMLInputElement).value)).toBe(db.constructPath);
      expect(await listed(page)).toEqual([db.address]);
      expect(
        await page.evaluate(() => {
          const b = document.activeElement;
          return [b?.className, b?.getAttribute('aria-expanded')];
        }),
      ).toEqual(['finding-toggle', 'true']);
    } finally {
      await page.close();
    }
  });

  it('prints every finding that matches, open, with the filters in words and without the controls', async () => {
    const { page } = await open();
    try {
      await page.select('#filter-stack', 'app-dev');
      await page.emulateMediaType('print');
      // The page hears of the print media through a `change` event, dispatched after the emulation returns: wait
      // for its answer (the filters in words) before reading what it shows.
      await page.waitForFunction(() => document.getElementById('print-filters')?.textContent !== '', {
        timeout: 10_000,
      });
      const expected = expectedLabels((r) => r.stack === 'app-dev' && LISTED.has(r.status));
      expect((await listed(page)).sort()).toEqual(expected);
      const shown = await page.$$eval('.finding-detail', (els) =>
        els.map((e) => getComputedStyle(e).display !== 'none' && e.childElementCount > 0),
      );
      expect(shown).toEqual(expected.map(() => true));
      const hidden = await page.$$eval('.filters, .tree-panel, .results', (els) =>
        els.map((e) => getComputedStyle(e).display),
      );
      expect(hidden).toEqual(['none', 'none', 'none']);
      expect(await page.$eval('#print-filters', (e) => e.textContent)).toBe(
        'Filters: status Modified, Deleted, Unmanaged, Not checked; Stack: app-dev.',
      );
      const pdf = await page.pdf({ format: 'A4' });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMediaType('screen');
      await page.waitForFunction(() => document.getElementById('print-filters')?.textContent === '', {
        timeout: 10_000,
      });
      expect(await page.$$eval('.finding-detail', (els) => els.every((e) => (e as HTMLElement).hidden))).toBe(
        true,
      );
    } finally {
      await page.close();
    }
  });

  it('has no accessibility violation that axe-core finds, with findings and the tree open', async () => {
    const { page } = await open();
    try {
      for (const toggle of await page.$$('.finding-toggle'))
        await toggle.evaluate((b) => (b as HTMLElement).click());
      await page.$$eval('#construct-tree details', (els) =>
        els.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows account, region, source and who changed what, and filters by them, when the report has them', async () => {
    // The example report as the live sources and CloudTrail will enrich it: every resource in one account over two
    // regions, compared with AWS Config, and the console change that opened SSH on the bastion's security group.
    const sgPath = 'app-dev/bastion/security-group/group';
    const enriched: DriftReport = {
      ...report,
      summary: { ...report.summary, coverageBySource: { config: report.summary.coverage } },
      resources: report.resources.map((r, i) => ({
        ...r,
        changedBy: undefined,
        account: '123456789012',
        region: i % 2 === 0 ? 'eu-west-1' : 'us-east-1',
        ...(r.status !== 'NOT_CHECKED' && { source: 'config' as const }),
        ...(r.constructPath === sgPath && {
          changedBy: [
            {
              eventName: 'AuthorizeSecurityGroupIngress',
              eventTime: '2026-11-27T07:58:12Z',
              principalArn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice',
              userName: 'alice',
              via: 'console' as const,
              sourceIp: '203.0.113.7',
              eventSource: 'ec2.amazonaws.com',
            },
          ],
        }),
      })),
    };
    const file = join(dir, 'enriched.html');
    writeFileSync(file, renderHtml(enriched));
    const { page, errors } = await open(undefined, file);
    try {
      expect(await page.$eval('[data-summary="coverage-config"]', (e) => e.textContent)).toBe(
        `${(Math.floor(report.summary.coverage * 1000) / 10).toFixed(1)}%`,
      );
      await page.select('#filter-location', '123456789012 us-east-1');
      const inUsEast = enriched.resources.filter((r) => r.region === 'us-east-1');
      expect((await listed(page)).sort()).toEqual(
        inUsEast
          .filter((r) => LISTED.has(r.status))
          .map(label)
          .sort(),
      );
      await page.select('#filter-source', 'config');
      expect((await listed(page)).sort()).toEqual(
        inUsEast
          .filter((r) => r.source === 'config' && LISTED.has(r.status))
          .map(label)
          .sort(),
      );
      await page.click('#filter-reset');
      await page.type('#filter-search', 'alice');
      const sg = enriched.resources.find((r) => r.constructPath === sgPath) as ResourceResult;
      expect(await listed(page)).toEqual([label(sg)]);
      expect(await page.$eval('.finding-meta', (e) => e.textContent)).toContain(
        'changed by alice via console, 2026-11-27 07:58:12 UTC',
      );
      await page.click('.finding-toggle');
      expect(
        await page.$$eval('table.changes tbody td', (tds) => tds.map((td) => (td as HTMLElement).innerText)),
      ).toEqual([
        '2026-11-27 07:58:12 UTC',
        'AuthorizeSecurityGroupIngress\nec2.amazonaws.com',
        'alice\narn:aws:sts::123456789012:assumed-role/Admin/alice',
        'console',
        '203.0.113.7',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('looks like the committed screenshot', async () => {
    const { page } = await open();
    try {
      const fonts = await renderedFonts(page, 'h1');
      if (!fonts.includes('Liberation Sans'))
        throw new Error(
          `the page was drawn with ${fonts.join(', ')}, the reference with Liberation Sans (Debian's ` +
            'fonts-liberation, which the chromium package brings): install it, or compare on a machine that has it',
        );
      await page.$eval('.finding:nth-child(2) .finding-toggle', (b) => (b as HTMLElement).click());
      const result = compareScreenshot(await page.screenshot({ type: 'png' }), REFERENCE);
      if (!result.pass) throw new Error(result.message);
      console.log(`example report screenshot: ${result.message}`);
    } finally {
      await page.close();
    }
  });
});
