// `groundwork drift check --format html` end to end: the fixture app with every drift scenario, and values an
// attacker controls (tag keys and values are free text anyone with tagging rights can set) written into the live
// side, then the page opened in Chromium to prove that none of it runs.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { ConfigItem } from '@groundwork/aws-sim';
import { describeInBrowser } from '@groundwork/testing';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../cli';
import { captureIo } from '../capture-io';
import { DRIFT_SCENARIOS, itemFor } from './e2e/drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e/e2e-workspace';

const KEY_PAYLOAD = '</script><script>window.pwned = "key"</script>';
const VALUE_PAYLOAD = '<img src=x onerror="window.pwned = \'value\'">';

let ws: E2eWorkspace;
let hostile: string;

beforeAll(() => {
  ws = createE2eWorkspace();
  let items: ConfigItem[] = ws.items();
  for (const s of DRIFT_SCENARIOS) items = s.inject(items, ws.account);
  const vpc = itemFor(items, ws.account, 'platform/network/vpc');
  vpc.tags[KEY_PAYLOAD] = VALUE_PAYLOAD;
  vpc.configuration.tags.push({ key: KEY_PAYLOAD, value: VALUE_PAYLOAD });
  hostile = ws.writeSnapshot('hostile.json', items);
});
afterAll(() => ws.remove());

const check = (...args: string[]) => ['drift', 'check', '--iac', ws.iac, '--state', ws.state, ...args];

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const t = captureIo();
  const code = await runCli(args, { ...t.io, env: { ...t.io.env, ...env } });
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

function embeddedReport(html: string) {
  const m = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html);
  if (!m) throw new Error('no report-data block');
  return JSON.parse(m[1]);
}

describe('groundwork drift check --format html', () => {
  it('writes one page that embeds exactly the JSON report, and exits 1 on drift', async () => {
    const html = join(ws.dir, 'report.html');
    const json = join(ws.dir, 'report.json');
    const page = await run(check('--snapshot', hostile, '--format', 'html', '--output', html), {
      SOURCE_DATE_EPOCH: '1795737600',
    });
    expect(page).toEqual({ code: 1, stdout: '', stderr: '' });
    expect((await run(check('--snapshot', hostile, '--format', 'json', '--output', json))).code).toBe(1);

    const text = readFileSync(html, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text.includes('made 2026-11-27 00:00:00 UTC')).toBe(true);
    const embedded = embeddedReport(text);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(embedded.summary).toEqual(report.summary);
    expect(embedded.resources).toHaveLength(report.resources.length);
    expect(embedded.resources).toEqual(expect.arrayContaining(report.resources));
    const vpc = report.resources.find(
      (r: { constructPath: string }) => r.constructPath === 'platform/network/vpc',
    );
    expect(vpc.differences).toContainEqual(
      expect.objectContaining({ path: `tags.${KEY_PAYLOAD}`, actual: VALUE_PAYLOAD, type: 'ADD' }),
    );
  });

  it('rejects a SOURCE_DATE_EPOCH that is not a number of seconds, and writes nothing', async () => {
    const html = join(ws.dir, 'bad-epoch.html');
    const r = await run(check('--snapshot', hostile, '--format', 'html', '--output', html), {
      SOURCE_DATE_EPOCH: 'yesterday',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "yesterday"/,
    );
    expect(existsSync(html)).toBe(false);
  });
});

describeInBrowser('the HTML report of hostile live values, in Chromium', (browser) => {
  jest.setTimeout(60_000);

  let file: string;
  beforeAll(async () => {
    file = join(ws.dir, 'hostile.html');
    expect((await run(check('--snapshot', hostile, '--format', 'html', '--output', file))).code).toBe(1);
  });

  it('shows them as text and runs none of them', async () => {
    const page = await browser().newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.type('#filter-search', 'platform/network/vpc');
      await page.click('.finding-toggle');
      const detail = await page.$eval('.finding-detail', (el) => (el as HTMLElement).innerText);
      expect(detail).toContain(`tags.${KEY_PAYLOAD}`);
      expect(detail).toContain(JSON.stringify(VALUE_PAYLOAD));
      expect(await page.evaluate('window.pwned')).toBeUndefined();
      expect(await page.$$eval('.finding-detail img, .finding-detail script', (els) => els.length)).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('diffs a policy line by line: the broadened action faces the two it replaced', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.type('#filter-search', 'inline_policy.read-assets');
      await page.click('.finding-toggle');
      const rows = await page.$$eval('.finding-detail table.diff tbody tr', (trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => `${td.className}:${td.textContent?.trim()}`),
        ),
      );
      // The app role's read policy: Action [s3:GetObject, s3:ListBucket] became [s3:*] (drift-scenarios.ts).
      expect(rows).toContainEqual(['del:"s3:GetObject",', 'ins:"s3:*"']);
      expect(rows).toContainEqual(['del:"s3:ListBucket"', 'empty:']);
      expect(rows).toContainEqual([':"Effect": "Allow",', ':"Effect": "Allow",']);
    } finally {
      await page.close();
    }
  });
});
