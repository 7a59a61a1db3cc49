import type { ChangeEvent, Difference, ResourceResult } from '../../report-types';
import { resourceLabel } from '../report-grouping';
import { escapeHtml } from './html-escape';
import { actorName, formatEventTime, VIA_LABEL } from '../change-labels';
import { CHANGE_LABEL, SOURCE_LABEL, STATUS_CLASS, STATUS_LABEL } from './labels';
import { alignLines, DiffRow, foldUnchanged } from './line-diff';
import { valueText } from './value-text';

// The markup of one finding, as HTML strings. The page script renders the list with it and the server renders the
// no-script list with it, so both read the same. Every value is escaped here: report values come from AWS and IaC.

/** The id of a finding's detail panel; `index` is the finding's position in the report's resources. */
export function findingDetailId(index: number): string {
  return `finding-${index}`;
}

/**
 * One finding as a list item: a heading whose button shows and hides the detail panel (the WAI-ARIA accordion), and
 * the panel, filled and open when `expanded`, else empty and hidden (the page script fills it on first open).
 */
export function findingItemHtml(r: ResourceResult, index: number, expanded: boolean): string {
  const id = findingDetailId(index);
  return (
    `<li class="finding status-${STATUS_CLASS[r.status]}" data-index="${index}">` +
    `<h3 class="finding-heading"><button type="button" class="finding-toggle" id="${id}-toggle" ` +
    `aria-expanded="${expanded}" aria-controls="${id}">${findingSummaryHtml(r)}</button></h3>` +
    `<div class="finding-detail" id="${id}" role="region" aria-labelledby="${id}-toggle"${expanded ? '' : ' hidden'}>` +
    `${expanded ? findingDetailHtml(r) : ''}</div></li>`
  );
}

/** What the closed finding shows: status, resource, and one line of where and what. */
function findingSummaryHtml(r: ResourceResult): string {
  const meta: string[] = [];
  if (r.resourceType) meta.push(r.resourceType);
  meta.push(r.stack ?? 'in no stack');
  if (r.constructPath) meta.push(r.constructPath);
  const location = [r.account, r.region].filter(Boolean).join(' ');
  if (location) meta.push(location);
  if (r.differences.length > 0)
    meta.push(`${r.differences.length} difference${r.differences.length === 1 ? '' : 's'}`);
  else if (r.reason) meta.push(r.reason);
  const last = r.changedBy?.[r.changedBy.length - 1];
  if (last)
    meta.push(`changed by ${actorName(last)} via ${VIA_LABEL[last.via]}, ${formatEventTime(last.eventTime)}`);
  return (
    `<span class="badge status-${STATUS_CLASS[r.status]}">${STATUS_LABEL[r.status]}</span>` +
    `<span class="finding-title"><span class="finding-label">${escapeHtml(resourceLabel(r))}</span>` +
    `<span class="finding-meta">${meta.map(escapeHtml).join(' · ')}</span></span>`
  );
}

/** The open finding: its facts, who changed it, and each difference side by side. */
export function findingDetailHtml(r: ResourceResult): string {
  const facts: [string, string][] = [];
  if (r.addresses.length > 0)
    facts.push([
      r.addresses.length === 1 ? 'Terraform address' : 'Terraform addresses',
      r.addresses.length === 1
        ? code(r.addresses[0])
        : `<ul class="plain">${r.addresses.map((a) => `<li>${code(a)}</li>`).join('')}</ul>`,
    ]);
  if (r.resourceType || r.resourceId)
    facts.push([
      'Live resource',
      [r.resourceType, r.resourceId]
        .filter((v): v is string => Boolean(v))
        .map(code)
        .join(' '),
    ]);
  if (r.constructPath) facts.push(['Construct path', code(r.constructPath)]);
  facts.push(['Stack', r.stack === null ? 'in no stack' : code(r.stack)]);
  if (r.account) facts.push(['Account', code(r.account)]);
  if (r.region) facts.push(['Region', code(r.region)]);
  if (r.source) facts.push(['Compared with', escapeHtml(SOURCE_LABEL[r.source] ?? r.source)]);
  if (r.reason) facts.push([r.status === 'NOT_CHECKED' ? 'Why not checked' : 'Reason', escapeHtml(r.reason)]);

  let html = `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
  if (r.changedBy && r.changedBy.length > 0) html += changesHtml(r.changedBy);
  if (r.differences.length > 0) html += r.differences.map(differenceHtml).join('');
  return html;
}

function changesHtml(events: readonly ChangeEvent[]): string {
  const rows = [...events]
    .reverse()
    .map(
      (e) =>
        `<tr><td>${escapeHtml(formatEventTime(e.eventTime))}</td>` +
        `<td>${code(e.eventName)}${e.eventSource ? `<span class="muted block">${escapeHtml(e.eventSource)}</span>` : ''}</td>` +
        `<td>${escapeHtml(actorName(e))}<span class="muted block">${escapeHtml(e.principalArn)}</span></td>` +
        `<td>${escapeHtml(VIA_LABEL[e.via] ?? e.via)}</td><td>${e.sourceIp ? code(e.sourceIp) : '—'}</td></tr>`,
    )
    .join('');
  return (
    '<h4>Who changed it</h4><table class="changes"><thead><tr><th scope="col">When</th>' +
    '<th scope="col">Call</th><th scope="col">Who</th><th scope="col">Via</th><th scope="col">Source IP</th>' +
    `</tr></thead><tbody>${rows}</tbody></table>`
  );
}

function differenceHtml(d: Difference): string {
  const expected = valueText(d.expected);
  const actual = valueText(d.actual);
  const multiline = expected.text.includes('\n') || actual.text.includes('\n');
  const body =
    multiline && !expected.absent && !actual.absent
      ? foldUnchanged(alignLines(expected.text.split('\n'), actual.text.split('\n')))
          .map(diffRowHtml)
          .join('')
      : `<tr>${sideHtml(expected.absent, expected.text, 'del')}${sideHtml(actual.absent, actual.text, 'ins')}</tr>`;
  const parsedNote =
    expected.parsedFromString || actual.parsedFromString
      ? '<p class="note">JSON held in a string, shown parsed.</p>'
      : '';
  return (
    `<h4 class="difference"><code>${escapeHtml(d.path)}</code> ` +
    `<span class="change change-${d.type.toLowerCase().replace('_', '-')}">${CHANGE_LABEL[d.type]}</span></h4>` +
    `<table class="diff"><thead><tr><th scope="col">Expected (IaC)</th><th scope="col">Actual (live)</th></tr></thead>` +
    `<tbody>${body}</tbody></table>${parsedNote}`
  );
}

function sideHtml(absent: boolean, text: string, kind: 'del' | 'ins'): string {
  return absent
    ? '<td class="absent">(absent)</td>'
    : `<td class="${kind}"><${kind}>${escapeHtml(text)}</${kind}></td>`;
}

function diffRowHtml(row: DiffRow): string {
  switch (row.kind) {
    case 'same':
      return `<tr><td>${escapeHtml(row.left)}</td><td>${escapeHtml(row.right)}</td></tr>`;
    case 'changed':
      return `<tr>${sideHtml(false, row.left, 'del')}${sideHtml(false, row.right, 'ins')}</tr>`;
    case 'removed':
      return `<tr>${sideHtml(false, row.left, 'del')}<td class="empty"></td></tr>`;
    case 'added':
      return `<tr><td class="empty"></td>${sideHtml(false, row.right, 'ins')}</tr>`;
    case 'fold':
      return `<tr class="fold"><td colspan="2">${row.count} unchanged line${row.count === 1 ? '' : 's'}</td></tr>`;
  }
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
