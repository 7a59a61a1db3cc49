/**
 * JSON written the way Go's encoding/json writes it, which is how the AWS provider serializes policy documents:
 * objects whose keys come in the order given (Go writes struct fields in declaration order and map keys sorted),
 * and `<`, `>`, `&`, U+2028 and U+2029 escaped inside strings.
 */
export type GoJsonValue = string | number | boolean | null | readonly GoJsonValue[] | GoJsonObject;

/** An object with its keys in the order they are written. */
export interface GoJsonObject {
  readonly entries: readonly (readonly [string, GoJsonValue])[];
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]);
}

/** Like `json.Marshal` (no `indent`) or `json.MarshalIndent(v, "", indent)`. */
export function goJson(value: GoJsonValue, indent?: string): string {
  return write(value, indent, '');
}

function write(value: GoJsonValue, indent: string | undefined, at: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = indent === undefined ? undefined : at + indent;
  const open = (items: string[], start: string, end: string) => {
    if (items.length === 0) return start + end;
    if (inner === undefined) return `${start}${items.join(',')}${end}`;
    return `${start}\n${inner}${items.join(`,\n${inner}`)}\n${at}${end}`;
  };
  if (isArray(value))
    return open(
      value.map((v) => write(v, indent, inner ?? '')),
      '[',
      ']',
    );
  const separator = indent === undefined ? ':' : ': ';
  return open(
    value.entries.map(([k, v]) => `${goString(k)}${separator}${write(v, indent, inner ?? '')}`),
    '{',
    '}',
  );
}

function isArray(value: readonly GoJsonValue[] | GoJsonObject): value is readonly GoJsonValue[] {
  return Array.isArray(value);
}
