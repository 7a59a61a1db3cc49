// Small typed readers for JSON configuration: each records a problem (field + what was expected) instead of
// throwing, so one run reports every mistake in a file.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class FieldReader {
  readonly problems: string[] = [];

  constructor(private readonly root: Record<string, Json>) {}

  private at(path: string): Json | undefined {
    let node: Json | undefined = this.root;
    for (const key of path.split('.')) {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
      node = (node as Record<string, Json>)[key];
    }
    return node;
  }

  private fail(path: string, expected: string, got: Json | undefined): void {
    this.problems.push(
      `${path}: expected ${expected}, got ${got === undefined ? 'nothing' : JSON.stringify(got)}`,
    );
  }

  string(path: string, expected: string, test: (v: string) => boolean = () => true): string {
    const v = this.at(path);
    if (typeof v !== 'string' || !test(v)) {
      this.fail(path, expected, v);
      return '';
    }
    return v;
  }

  oneOf<T extends string>(path: string, allowed: readonly T[]): T {
    const v = this.at(path);
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
      return allowed[0];
    }
    return v as T;
  }

  integer(path: string, min: number, max: number): number {
    const v = this.at(path);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(path, `a whole number from ${min} to ${max}`, v);
      return min;
    }
    return v;
  }

  boolean(path: string): boolean {
    const v = this.at(path);
    if (typeof v !== 'boolean') {
      this.fail(path, 'true or false', v);
      return false;
    }
    return v;
  }

  strings(path: string, expected: string, test: (v: string) => boolean = () => true, minItems = 0): string[] {
    const v = this.at(path);
    if (!Array.isArray(v) || v.length < minItems) {
      this.fail(path, `a list of at least ${minItems} ${expected}`, v);
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item !== 'string' || !test(item)) this.fail(`${path}[${i}]`, expected, item);
      else out.push(item);
    });
    return out;
  }

  /** Adds a problem that involves more than one field. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** Keys present in an object that the schema does not know: almost always a typo. */
  unknownKeys(path: string, known: readonly string[]): void {
    const v = path ? this.at(path) : this.root;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    for (const key of Object.keys(v)) {
      if (!known.includes(key)) {
        this.problems.push(`${path ? `${path}.` : ''}${key}: unknown field (known: ${known.join(', ')})`);
      }
    }
  }
}
