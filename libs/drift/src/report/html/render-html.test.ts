import { createHash } from 'node:crypto';
import type { DriftReport } from '../../report-types';
import { toJsonReport } from '../render-json';
import { cleanReport, enrichedReport, sampleReport } from '../sample-report.fixture';
import { renderHtml } from './render-html';

const PAYLOAD = '</script><script>window.pwned=1</script><img src=x onerror=alert(1)>';

function hostileReport(): DriftReport {
  const report = sampleReport();
  report.resources[1].differences.push({
    path: `tags.${PAYLOAD}`,
    expected: undefined,
    actual: PAYLOAD,
    type: 'ADD',
  });
  report.resources[1].constructPath = `network-prod/${PAYLOAD}`;
  report.resources[0].stack = `network-prod${PAYLOAD}`;
  return report;
}

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`no ${start}`);
  return html.slice(from + start.length, html.indexOf(end, from + start.length));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('renderHtml', () => {
  const html = renderHtml(sampleReport(), { generatedAt: '2026-11-27T08:00:00.000Z' });

  it('allows only its own script and style, by hash, and nothing to be fetched', () => {
    const csp = between(html, '<meta http-equiv="Content-Security-Policy" content="', '">');
    const script = between(html, '<script>', '</script>');
    const style = between(html, '<style>', '</style>');
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; ` +
        "img-src data:; base-uri 'none'; form-action 'none'",
    );
    // Nothing refers to anything outside the file: no src, and every href is a fragment or data.
    expect(html).not.toMatch(/\ssrc=/);
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,', '#findings']);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('embeds the JSON report, in reading order: what needs action first', () => {
    const data = JSON.parse(between(html, '<script type="application/json" id="report-data">', '</script>'));
    const expected = toJsonReport(sampleReport());
    expect(data.summary).toEqual(expected.summary);
    expect(data.resources).toHaveLength(expected.resources.length);
    expect(data.resources).toEqual(expect.arrayContaining(expected.resources));
    expect(data.resources.map((r: { status: string }) => r.status)).toEqual([
      'MODIFIED',
      'MODIFIED',
      'DELETED',
      'UNMANAGED',
      'NOT_CHECKED',
      'IN_SYNC',
    ]);
  });

  it('renders the verdict and every summary number on the server, so they read without JavaScript', () => {
    expect(html).toContain('<p class="verdict verdict-drift">Drift found on 4 resources.</p>');
    expect(html).toContain('6 resources in 2 stacks · made 2026-11-27 08:00:00 UTC');
    const cards = Object.fromEntries(
      [...html.matchAll(/data-summary="([a-zA-Z-]+)">([^<]+)</g)].map((m) => [m[1], m[2]]),
    );
    expect(cards).toEqual({
      total: '6',
      inSync: '1',
      modified: '2',
      deleted: '1',
      unmanaged: '1',
      notChecked: '1',
      coverage: '80.0%',
    });
    expect(renderHtml(cleanReport())).toContain('<p class="verdict verdict-clean">No drift.</p>');
  });

  it('lists the drifted findings, open, for a reader without JavaScript', () => {
    const noscript = between(html, '<noscript><p class="note">Filters', '</noscript>');
    expect(noscript.match(/<li class="finding /g)).toHaveLength(4);
    expect(noscript).toContain('&quot;Suspended&quot;');
  });

  it('shows the account, region and source filters and coverage per source only when the report has them', () => {
    expect(html).not.toMatch(/filter-location|filter-source|Coverage by live source/);
    const enriched = renderHtml(enrichedReport());
    expect(enriched).toContain('<option value="210987654321 us-east-1">210987654321 us-east-1 (1)</option>');
    expect(enriched).toContain('<option value="cloudcontrol">Cloud Control API (1)</option>');
    expect(enriched).toContain('data-summary="coverage-config">60.0%<');
    expect(enriched).toContain('data-summary="coverage-cloudcontrol">20.0%<');
    expect(enriched).not.toContain('data-summary="coverage-direct"');
  });

  it('escapes hostile values everywhere: the markup, the filters and the JSON block', () => {
    const page = renderHtml(hostileReport(), { title: PAYLOAD });
    expect(page.match(/<script/g)).toHaveLength(2); // the JSON block and the page script
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).not.toContain('<img');
    expect(page).toContain(`<option value="network-prod&lt;/script&gt;`);
    const data = JSON.parse(between(page, '<script type="application/json" id="report-data">', '</script>'));
    expect(data.resources.find((r: { stack: string }) => r.stack?.startsWith('network-prod<')).stack).toBe(
      `network-prod${PAYLOAD}`,
    );
  });
});
