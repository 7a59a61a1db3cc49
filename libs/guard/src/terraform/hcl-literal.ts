import { TerraformValue } from './value';

/**
 * Reads an HCL expression that is a literal value: strings without interpolation, numbers, booleans, null, tuples
 * `[...]`, objects `{ k = v }`, and `toset`, `tolist` or `tomap` of such a literal. Undefined for anything else
 * (references, other functions, operators), whose value a static scan cannot know.
 */
export function hclLiteral(expression: string): TerraformValue | undefined {
  const parser = new LiteralParser(expression);
  try {
    const value = parser.value();
    parser.space();
    return parser.done() ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown inside the parser when the text is not a literal; one instance, so no stack is captured each time. */
const NOT_LITERAL = new Error('not a literal');

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i === this.s.length;
  }

  space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  value(): TerraformValue {
    this.space();
    const c = this.s[this.i];
    if (c === '"') return this.string();
    if (c === '[') return this.list('[', ']');
    if (c === '{') return this.object();
    const word = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|tolist|toset|tomap)\b/.exec(
      this.s.slice(this.i),
    );
    if (!word) throw NOT_LITERAL;
    this.i += word[0].length;
    if (word[1] === 'true') return true;
    if (word[1] === 'false') return false;
    if (word[1] === 'null') return null;
    if (/^-?\d/.test(word[1])) return Number(word[1]);
    this.space();
    const args = this.list('(', ')');
    if (args.length !== 1) throw NOT_LITERAL;
    return word[1] === 'toset' && Array.isArray(args[0]) ? [...new Set(args[0])] : args[0];
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      if (this.s[this.i] === '\\') this.i++;
      else if (/[$%]/.test(this.s[this.i]) && this.s[this.i + 1] === '{') throw NOT_LITERAL;
      this.i++;
    }
    if (this.s[this.i] !== '"') throw NOT_LITERAL;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i).replace(/([$%])\1\{/g, '$1{')) as string;
  }

  private list(open: string, close: string): TerraformValue[] {
    this.expect(open);
    const out: TerraformValue[] = [];
    for (;;) {
      this.space();
      if (this.s[this.i] === close) {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== close) throw NOT_LITERAL;
    }
  }

  private object(): { [key: string]: TerraformValue } {
    this.expect('{');
    const out: { [key: string]: TerraformValue } = {};
    for (;;) {
      this.space();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      const key = this.s[this.i] === '"' ? this.string() : this.identifier();
      this.space();
      if (this.s[this.i] !== '=' && this.s[this.i] !== ':') throw NOT_LITERAL;
      this.i++;
      out[key] = this.value();
      this.space();
      if (this.s[this.i] === ',') this.i++;
    }
  }

  private identifier(): string {
    const m = /^[A-Za-z_][\w-]*/.exec(this.s.slice(this.i));
    if (!m) throw NOT_LITERAL;
    this.i += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw NOT_LITERAL;
    this.i++;
  }
}
