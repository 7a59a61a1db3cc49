/** A file handed to a loader: its path is only used in error messages, so callers may pass S3 keys too. */
export interface SourceFile {
  readonly path: string;
  readonly content: string;
}

/** Any input error: names the file, the path inside it (JSON pointer style) and what was expected. */
export class DriftInputError extends Error {
  readonly file: string;
  readonly path: string;
  readonly expected: string;

  constructor(file: string, path: string, expected: string, got?: string) {
    super(`${file}: ${path || '/'}: expected ${expected}${got === undefined ? '' : `, got ${got}`}`);
    this.name = 'DriftInputError';
    this.file = file;
    this.path = path;
    this.expected = expected;
  }
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a string "${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** JSON.parse with a DriftInputError that names the file and the parser's message. */
export function parseJson(file: SourceFile): unknown {
  try {
    return JSON.parse(file.content);
  } catch (e) {
    throw new DriftInputError(file.path, '', 'valid JSON', (e as Error).message);
  }
}

/** Escapes one segment of a JSON pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
