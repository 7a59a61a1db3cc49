import { createHash } from 'node:crypto';
import {
  DRIFT_STATUSES,
  STATUS_COUNT_KEY,
  type DriftReport,
  type DriftStatus,
  type LiveSourceKind,
  type ResourceResult,
} from '../../report-types';
import { toJsonReport } from '../render-json';
import { formatCoverage, isDrift, resourceLabel, STATUS_ORDER } from '../report-grouping';
import { compareText, DEFAULT_STATUSES, facet, locationOf, NO_STACK, stackOf, typeOf } from './filters';
import { findingItemHtml } from './finding-html';
import { escapeHtml, jsonForScript } from './html-escape';
import { SOURCE_LABEL, STATUS_CLASS, STATUS_LABEL } from './labels';
import { REPORT_SCRIPT, REPORT_STYLE } from './report-assets.generated';

export interface HtmlRenderOptions {
  /**
   * The page's title and heading.
   * @default 'Groundwork drift report'
   */
  readonly title?: string;
  /**
   * When the report was made (ISO 8601), shown under the heading.
   * @default not shown
   */
  readonly generatedAt?: string;
}

/** Drifted findings listed for a reader without JavaScript; the rest is in the JSON block. */
const NO_SCRIPT_FINDINGS = 200;

/** The count cards, in the summary's order; each status card is labelled as the status is everywhere else. */
const SUMMARY_CARDS: readonly {
  key: Exclude<keyof DriftReport['summary'], 'coverage' | 'coverageBySource'>;
  status?: DriftStatus;
}[] = [{ key: 'total' }, ...DRIFT_STATUSES.map((status) => ({ key: STATUS_COUNT_KEY[status], status }))];

/**
 * The drift report as one self-contained HTML page: no request leaves it (inline style and script, allowed by
 * their hashes in a Content-Security-Policy that allows nothing else), so it opens from disk, from an S3 link or
 * as a CI artifact. The server renders the verdict and the summary; the page script renders the findings, their
 * filters and search, the side-by-side differences and the construct tree from the report, embedded as JSON.
 */
export function renderHtml(report: DriftReport, options: HtmlRenderOptions = {}): string {
  const data = toJsonReport(report);
  data.resources.sort(readingOrder);
  const title = options.title ?? 'Groundwork drift report';
  const csp = [
    "default-src 'none'",
    `script-src ${hashSource(REPORT_SCRIPT)}`,
    `style-src ${hashSource(REPORT_STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#findings">Skip to the findings</a>',
    headerHtml(data, title, options.generatedAt),
    '<main>',
    summaryHtml(data),
    '<div class="layout">',
    findingsHtml(data),
    treeHtml(),
    '</div>',
    '</main>',
    '<footer class="page-footer"><p>Written by <code>groundwork drift check</code>. The whole report (schemaVersion 1) ' +
      'is in this file as JSON, in the <code>script#report-data</code> element.</p></footer>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What needs action first: by status, then stack (none last), then resource. */
function readingOrder(a: ResourceResult, b: ResourceResult): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    (a.stack === b.stack
      ? 0
      : a.stack === null
        ? 1
        : b.stack === null
          ? -1
          : compareText(a.stack, b.stack)) ||
    compareText(resourceLabel(a), resourceLabel(b))
  );
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function headerHtml(data: DriftReport, title: string, generatedAt: string | undefined): string {
  const drifted = data.resources.filter(isDrift).length;
  const stacks = new Set(data.resources.map((r) => r.stack).filter((s) => s !== null)).size;
  const about = [`${plural(data.summary.total, 'resource')} in ${plural(stacks, 'stack')}`];
  if (generatedAt)
    about.push(`made ${escapeHtml(generatedAt.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC'))}`);
  return (
    '<header class="page-header">' +
    `<h1>${escapeHtml(title)}</h1>` +
    (drifted === 0
      ? '<p class="verdict verdict-clean">No drift.</p>'
      : `<p class="verdict verdict-drift">Drift found on ${plural(drifted, 'resource')}.</p>`) +
    `<p class="muted">${about.join(' · ')}</p>` +
    '</header>'
  );
}

function summaryHtml(data: DriftReport): string {
  const s = data.summary;
  const cards = SUMMARY_CARDS.map(
    (c) =>
      `<li class="card${c.status ? ` status-${STATUS_CLASS[c.status]}` : ''}">` +
      `<span class="card-value" data-summary="${c.key}">${s[c.key].toLocaleString('en-US')}</span>` +
      `<span class="card-label">${c.status ? STATUS_LABEL[c.status] : 'Resources'}</span></li>`,
  );
  cards.push(coverageCard('coverage', 'Coverage', s.coverage));
  let html =
    '<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>' +
    `<ul class="cards">${cards.join('')}</ul>`;
  const bySource = s.coverageBySource;
  if (bySource) {
    const sources = (Object.keys(SOURCE_LABEL) as LiveSourceKind[]).filter((k) => bySource[k] !== undefined);
    if (sources.length > 0)
      html +=
        '<h3 class="cards-heading">Coverage by live source</h3><ul class="cards cards-sources">' +
        sources.map((k) => coverageCard(`coverage-${k}`, SOURCE_LABEL[k], bySource[k] as number)).join('') +
        '</ul>';
  }
  return `${html}<p class="muted">Coverage: managed resources that were checked, of all managed resources.</p></section>`;
}

function coverageCard(key: string, label: string, fraction: number): string {
  return (
    `<li class="card card-coverage"><span class="card-value" data-summary="${key}">${formatCoverage(fraction)}</span>` +
    `<span class="card-label">${escapeHtml(label)}</span>` +
    `<meter min="0" max="1" value="${fraction}" aria-label="${escapeHtml(label)}: ${formatCoverage(fraction)}"></meter></li>`
  );
}

function findingsHtml(data: DriftReport): string {
  const drifted = data.resources
    .map((r, i) => [r, i] as const)
    .filter(([r]) => isDrift(r))
    .slice(0, NO_SCRIPT_FINDINGS);
  const driftTotal = data.resources.filter(isDrift).length;
  const noScript =
    '<noscript><p class="note">Filters, search and the construct tree need JavaScript. ' +
    (driftTotal === 0
      ? 'No resource drifted.</p>'
      : `The resources that drifted${driftTotal > drifted.length ? ` (the first ${drifted.length} of ${driftTotal})` : ''}:</p>` +
        `<ul class="finding-list">${drifted.map(([r, i]) => findingItemHtml(r, i, true)).join('')}</ul>`) +
    '</noscript>';
  return (
    '<section class="findings" id="findings" tabindex="-1" aria-labelledby="findings-heading">' +
    '<h2 id="findings-heading">Findings</h2>' +
    filtersHtml(data.resources) +
    '<p class="print-only" id="print-filters"></p>' +
    '<p class="results" id="results" role="status" aria-live="polite"></p>' +
    '<ul class="finding-list" id="finding-list"></ul>' +
    '<button type="button" class="show-more" id="show-more" hidden></button>' +
    noScript +
    '</section>'
  );
}

function filtersHtml(resources: readonly ResourceResult[]): string {
  const statusCounts = facet(resources, (r) => r.status);
  const count = (s: DriftStatus) => statusCounts.find(([v]) => v === s)?.[1] ?? 0;
  const statuses = STATUS_ORDER.map(
    (s) =>
      `<label class="status-option"><input type="checkbox" name="status" value="${s}"` +
      `${DEFAULT_STATUSES.includes(s) ? ' checked' : ''}> <span class="badge status-${STATUS_CLASS[s]}">${STATUS_LABEL[s]}</span> ` +
      `<span class="count" data-status-count="${s}">${count(s).toLocaleString('en-US')}</span></label>`,
  ).join('');
  const stackLabel = (v: string) => (v === NO_STACK ? 'in no stack' : v);
  return (
    '<form class="filters" id="filters" role="search" aria-label="Filter the findings" hidden>' +
    '<div class="filter filter-search"><label for="filter-search">Search</label>' +
    '<input type="search" id="filter-search" name="search" autocomplete="off" spellcheck="false" ' +
    'placeholder="address, id, construct path, value, who… ( / )"></div>' +
    `<fieldset class="filter filter-status"><legend>Status</legend>${statuses}</fieldset>` +
    selectHtml('stack', 'Stack', 'All stacks', facet(resources, stackOf), stackLabel) +
    selectHtml('type', 'Resource type', 'All types', facet(resources, typeOf)) +
    selectHtml('location', 'Account and region', 'All accounts and regions', facet(resources, locationOf)) +
    selectHtml(
      'source',
      'Live source',
      'All sources',
      facet(resources, (r) => r.source),
      (v) => (v in SOURCE_LABEL ? SOURCE_LABEL[v as LiveSourceKind] : v),
    ) +
    '<button type="button" class="reset" id="filter-reset">Reset filters</button>' +
    '</form>'
  );
}

/** A select of a filter, or nothing when no resource has a value for it (the report does not carry that field). */
function selectHtml(
  name: string,
  label: string,
  any: string,
  values: [string, number][],
  display: (value: string) => string = (v) => v,
): string {
  if (values.length === 0) return '';
  const total = values.reduce((n, [, c]) => n + c, 0);
  const options = values
    .map(
      ([v, c]) =>
        `<option value="${escapeHtml(v)}">${escapeHtml(display(v))} (${c.toLocaleString('en-US')})</option>`,
    )
    .join('');
  return (
    `<div class="filter"><label for="filter-${name}">${label}</label>` +
    `<select id="filter-${name}" name="${name}"><option value="">${any} (${total.toLocaleString('en-US')})</option>${options}</select></div>`
  );
}

function treeHtml(): string {
  return (
    '<aside class="tree-panel" aria-labelledby="tree-heading"><h2 id="tree-heading">Construct tree</h2>' +
    '<p class="muted tree-help" id="tree-help" hidden>Stacks and constructs, with drift marked. Choose a resource to see its finding.</p>' +
    '<div class="construct-tree" id="construct-tree"></div>' +
    '<noscript><p class="note">The construct tree needs JavaScript.</p></noscript></aside>'
  );
}
