import { DRIFT_STATUSES, type ChangeEvent, type DriftReport, type ResourceResult } from '../report-types';
import { actorName, formatEventTime, VIA_LABEL } from './change-labels';
import { formatValue } from './format-value';
import {
  formatCoverage,
  formatCoverageBySource,
  groupByStack,
  isDrift,
  placeLabel,
  resourceLabel,
  StackGroup,
} from './report-grouping';
import { ReportGrouping, ReportSection, reportSections } from './report-sections';

export interface MarkdownRenderOptions {
  /**
   * Stop adding resources once the output would pass this many UTF-8 bytes, and say how many were left out.
   * GitHub rejects a job summary over 1 MiB.
   * @default 1000000
   */
  readonly maxBytes?: number;
  /** List the resources under their stack, or under who made their newest recorded change. @default 'stack' */
  readonly groupBy?: ReportGrouping;
}

const SIGIL = { NOT_EQUAL: '~', ADD: '+', REMOVE: '-' } as const;
const utf8 = new TextEncoder();

/**
 * A report for a GitHub job summary (`>> $GITHUB_STEP_SUMMARY`): a verdict, counts per stack, and per stack a table
 * of every resource that is not in sync with its differences. In-sync resources are counted, not listed.
 */
export function renderMarkdown(report: DriftReport, opts: MarkdownRenderOptions = {}): string {
  const maxBytes = opts.maxBytes ?? 1_000_000;
  const s = report.summary;
  const drifted = report.resources.filter(isDrift).length;
  const groups = groupByStack(report.resources);
  const bySource = formatCoverageBySource(s);

  const head: string[] = [
    '## Groundwork drift report',
    '',
    drifted === 0
      ? ':white_check_mark: **No drift.**'
      : `:warning: **Drift found** on ${drifted} resource${drifted === 1 ? '' : 's'}.`,
    '',
    '| Stack | In sync | Modified | Deleted | Unmanaged | Not checked |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...groups.map(stackCountsRow),
    `| **Total** | **${s.inSync}** | **${s.modified}** | **${s.deleted}** | **${s.unmanaged}** | **${s.notChecked}** |`,
    '',
    `Coverage: ${formatCoverage(s.coverage)} of managed resources checked${bySource ? ` (per live source: ${bySource})` : ''}. ${s.total} resources in the report.`,
    '',
  ];

  let out = head.join('\n');
  let bytes = utf8.encode(out).length;
  const pending = reportSections(report.resources, opts.groupBy).flatMap((g) => {
    const listed = g.resources.filter((r) => r.status !== 'IN_SYNC');
    return listed.length === 0 ? [] : [{ group: g, listed }];
  });
  const totalListed = pending.reduce((n, p) => n + p.listed.length, 0);
  let written = 0;

  for (const { group, listed } of pending) {
    const heading = `\n### ${sectionHeading(group)}\n\n`;
    const header =
      '| Status | Resource | Construct path | Live resource | Compared in | Details |\n| --- | --- | --- | --- | --- | --- |\n';
    let section = heading + header;
    let rows = 0;
    for (const r of listed) {
      const row = resourceRow(r);
      if (bytes + utf8.encode(section + row).length + 200 > maxBytes) break;
      section += row;
      rows++;
    }
    if (rows > 0) {
      out += section;
      bytes += utf8.encode(section).length;
      written += rows;
    }
    if (rows < listed.length) break;
  }

  if (written < totalListed) {
    out += `\n_${totalListed - written} more resources are not shown: the summary would pass ${maxBytes} bytes. See the JSON report._\n`;
  }
  return out;
}

function sectionHeading(section: ReportSection): string {
  if (section.by === 'stack')
    return section.stack === null ? 'Not in any stack' : `Stack ${code(section.stack)}`;
  return section.actor === null
    ? 'No recorded change (no CloudTrail event linked)'
    : `Changed by ${escapeCell(section.actor.name)} (${code(section.actor.principalArn)})`;
}

/** Who made a change, for a table cell: `changed by alice via console, 2026-11-27 07:58:12 UTC: …`. */
function changeText(e: ChangeEvent): string {
  const from = e.sourceIp ? ` from ${code(e.sourceIp)}` : '';
  return (
    `changed by ${code(actorName(e))} via ${VIA_LABEL[e.via]}, ` +
    `${formatEventTime(e.eventTime)}: ${code(e.eventName)}${from} (${code(e.principalArn)})`
  );
}

function stackCountsRow(g: StackGroup): string {
  const counts = DRIFT_STATUSES.map((status) => g.resources.filter((r) => r.status === status).length);
  const name = g.stack === null ? '_not in any stack_' : code(g.stack);
  return `| ${name} | ${counts.join(' | ')} |`;
}

function resourceRow(r: ResourceResult): string {
  const live = r.resourceId ? `${r.resourceType ? `${code(r.resourceType)} ` : ''}${code(r.resourceId)}` : '';
  const details = r.differences.map(
    (d) =>
      `${code(`${SIGIL[d.type]} ${d.path}`)}: ${code(formatValue(d.expected))} → ${code(formatValue(d.actual))}`,
  );
  if (r.reason) details.push(escapeCell(r.reason).replace(/</g, '&lt;'));
  for (const e of r.changedBy ?? []) details.push(changeText(e));
  const cells = [
    `**${r.status}**`,
    code(resourceLabel(r)),
    r.constructPath ? code(r.constructPath) : '',
    live,
    escapeCell(placeLabel(r)),
    details.join('<br>'),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/** Inline code that survives backticks and pipes inside the value, for use in a table cell. */
function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${escapeCell(text)}${pad}${fence}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
