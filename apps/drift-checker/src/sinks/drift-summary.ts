// Short human text for one result: the Config annotation (≤ 256 characters) and the SNS subject (≤ 100).
import type { Difference, ResourceResult } from '@groundwork/drift';

/** AWS Config rejects annotations longer than 256 characters. */
export const MAX_ANNOTATION = 256;
/** SNS rejects subjects longer than 100 characters. */
export const MAX_SUBJECT = 100;

/** Cuts to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  // UTF-16 length is at least the character count: a short text needs no splitting into characters.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A compact one-line rendering of an expected or actual value. */
export function formatValue(value: unknown, max = 60): string {
  if (value === undefined) return '(absent)';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return truncate(text, max);
}

export function describeDifference(d: Difference, max = 60): string {
  switch (d.type) {
    case 'ADD':
      return `${d.path} added ${formatValue(d.actual, max)}`;
    case 'REMOVE':
      return `${d.path} removed (expected ${formatValue(d.expected, max)})`;
    default:
      return `${d.path}: ${formatValue(d.expected, max)} → ${formatValue(d.actual, max)}`;
  }
}

function owner(result: ResourceResult): string {
  return result.address ? `${result.stack ?? '?'}/${result.address}` : 'no stack';
}

/** The annotation for a PutEvaluations entry: what differs, most useful first, within 256 characters. */
export function annotation(result: ResourceResult): string {
  switch (result.status) {
    case 'IN_SYNC':
      return truncate(`In sync with ${owner(result)}`, MAX_ANNOTATION);
    case 'DELETED':
      return truncate(`Deleted outside the IaC; ${owner(result)} still declares it`, MAX_ANNOTATION);
    case 'UNMANAGED':
      return truncate('Not managed by any stack', MAX_ANNOTATION);
    case 'NOT_CHECKED':
      return truncate(`Not checked: ${result.reason ?? 'no reason given'}`, MAX_ANNOTATION);
    case 'MODIFIED': {
      const parts = result.differences.map((d) => describeDifference(d, 40));
      let text = `${parts.length} drifted (${owner(result)}): `;
      let used = 0;
      for (const part of parts) {
        const candidate = `${text}${used ? '; ' : ''}${part}`;
        const remaining = parts.length - used - 1;
        if (Array.from(candidate + (remaining ? `; +${remaining} more` : '')).length > MAX_ANNOTATION) break;
        text = candidate;
        used++;
      }
      if (used < parts.length) text += used ? `; +${parts.length - used} more` : parts[0];
      return truncate(text, MAX_ANNOTATION);
    }
  }
}

/** SNS subjects must be printable ASCII on one line, at most 100 characters. */
export function subjectLine(text: string): string {
  const ascii = text
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  return truncate(ascii || 'Groundwork drift', MAX_SUBJECT).replace('…', '.');
}
