/** How a value from a difference reads in text and markdown: compact JSON, with an explicit word for "absent". */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle cannot come from parsed JSON, but the renderers must never throw on a report.
    return String(value);
  }
}
