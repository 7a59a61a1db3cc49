import { canonicalJson } from '../../normalize/canonical';

/** How one side of a difference reads in the HTML report. */
export interface ValueText {
  /** The attribute is not there on this side (ADD, REMOVE): the report holds null or nothing. */
  readonly absent: boolean;
  /** Pretty-printed JSON, object keys sorted so that both sides line up. */
  readonly text: string;
  /** The value was a string holding a JSON document (a policy, say), shown parsed. */
  readonly parsedFromString: boolean;
}

/**
 * One side of a difference as text: JSON with sorted keys and two-space indentation, so that long values (policies,
 * rule sets) read one element a line and can be compared line by line. A string that holds a JSON object or array
 * is shown parsed, since that is how people read a policy.
 */
export function valueText(value: unknown): ValueText {
  if (value === undefined || value === null) return { absent: true, text: '', parsedFromString: false };
  const document = typeof value === 'string' ? parseJsonDocument(value) : undefined;
  const shown = document ?? value;
  return {
    absent: false,
    text: JSON.stringify(JSON.parse(canonicalJson(shown)), null, 2),
    parsedFromString: document !== undefined,
  };
}

function parseJsonDocument(text: string): object | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
