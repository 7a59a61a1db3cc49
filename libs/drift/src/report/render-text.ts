import {
  DRIFT_STATUSES,
  type ChangeEvent,
  type Difference,
  type DriftReport,
  type DriftStatus,
  type ResourceResult,
} from '../report-types';
import { actorName, formatEventTime, VIA_LABEL } from './change-labels';
import { formatValue } from './format-value';
import {
  formatCoverage,
  formatCoverageBySource,
  isDrift,
  placeLabel,
  resourceLabel,
} from './report-grouping';
import { ReportGrouping, ReportSection, reportSections } from './report-sections';

export interface TextRenderOptions {
  /** Emit ANSI colors. The CLI asks for them only on a TTY without NO_COLOR. @default false */
  readonly color?: boolean;
  /** Group resources by their stack, or by who made their newest recorded change. @default 'stack' */
  readonly groupBy?: ReportGrouping;
}

const ANSI = { red: 31, green: 32, yellow: 33, magenta: 35, gray: 90, bold: 1 } as const;
type Style = keyof typeof ANSI;

const STATUS_STYLE: Record<DriftStatus, Style> = {
  MODIFIED: 'yellow',
  DELETED: 'red',
  UNMANAGED: 'magenta',
  NOT_CHECKED: 'gray',
  IN_SYNC: 'green',
};

const SIGIL: Record<Difference['type'], string> = { NOT_EQUAL: '~', ADD: '+', REMOVE: '-' };
const STATUS_WIDTH = Math.max(...DRIFT_STATUSES.map((s) => s.length));

/**
 * The human report: resources grouped by stack (or by who changed them last), one line each with status, address
 * and construct path, a `~ path: expected → actual` line per difference, who changed it where CloudTrail says, then
 * a summary and a verdict.
 */
export function renderText(report: DriftReport, opts: TextRenderOptions = {}): string {
  const paint = (style: Style, text: string) =>
    opts.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const lines: string[] = [];

  for (const group of reportSections(report.resources, opts.groupBy)) {
    lines.push(paint('bold', heading(group)));
    for (const r of group.resources) {
      lines.push(`  ${paint(STATUS_STYLE[r.status], r.status.padEnd(STATUS_WIDTH))}  ${resourceLine(r)}`);
      for (const d of r.differences) {
        const line = `${SIGIL[d.type]} ${d.path}: ${formatValue(d.expected)} → ${formatValue(d.actual)}`;
        lines.push(`      ${paint(d.type === 'ADD' ? 'red' : 'yellow', line)}`);
      }
      if (r.reason) lines.push(`      ${paint('gray', r.reason)}`);
      for (const e of r.changedBy ?? []) lines.push(`      ${paint('gray', changeLine(e))}`);
    }
    lines.push('');
  }

  const s = report.summary;
  const drifted = report.resources.filter(isDrift).length;
  const bySource = formatCoverageBySource(s);
  lines.push(
    `Summary: ${s.total} resources: ${s.inSync} in sync, ${s.modified} modified, ${s.deleted} deleted, ` +
      `${s.unmanaged} unmanaged, ${s.notChecked} not checked; coverage ${formatCoverage(s.coverage)}` +
      `${bySource ? ` (${bySource})` : ''}.`,
  );
  lines.push(
    drifted === 0
      ? paint('green', 'No drift.')
      : paint('red', `Drift found on ${drifted} resource${drifted === 1 ? '' : 's'}.`),
  );
  return `${lines.join('\n')}\n`;
}

function heading(section: ReportSection): string {
  if (section.by === 'stack') return section.stack === null ? 'Not in any stack' : `Stack ${section.stack}`;
  return section.actor === null
    ? 'No recorded change (no CloudTrail event linked)'
    : `Changed by ${section.actor.name} (${section.actor.principalArn})`;
}

/** `changed by alice via console, 2026-11-27 07:58:12 UTC: AuthorizeSecurityGroupIngress from 203.0.113.7`. */
function changeLine(e: ChangeEvent): string {
  const from = e.sourceIp ? ` from ${e.sourceIp}` : '';
  return `changed by ${actorName(e)} via ${VIA_LABEL[e.via]}, ${formatEventTime(e.eventTime)}: ${e.eventName}${from} (${e.principalArn})`;
}

function resourceLine(r: ResourceResult): string {
  const parts = [resourceLabel(r)];
  if (r.constructPath) parts.push(`(${r.constructPath})`);
  // The live id tells the reader which AWS resource to look at; unmanaged labels already carry it.
  if (r.address && r.resourceId) parts.push(`[${r.resourceType ?? 'id'} ${r.resourceId}]`);
  const place = placeLabel(r);
  if (place) parts.push(place);
  return parts.join('  ');
}
