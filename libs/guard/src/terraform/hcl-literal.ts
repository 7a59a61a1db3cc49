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

/**
 * Reads an HCL expression as `jsonencode` would see its structure: objects, tuples and literals are read as
 * {@link hclLiteral} reads them, and every other part (a reference, a function call, an operator) is kept as the
 * template text of its expression (`"${aws_s3_bucket.b.arn}"`). Strings come out as template text (interpolations
 * and `$${` escapes as written). Undefined when the structure itself cannot be read.
 */
export function hclStructure(expression: string): TerraformValue | undefined {
  const parser = new LiteralParser(expression, true);
  try {
    const value = parser.value();
    parser.space();
    return parser.done() ? value : undefined;
  } catch {
    return undefined;
  }
}

// Sticky, so that each token is matched where the parser stands without copying the rest of the text.
const WORD = /(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|tolist|toset|tomap)\b/y;
const IDENTIFIER = /[A-Za-z_][\w-]*/y;

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/** Thrown inside the parser when the text is not a literal; one instance, so no stack is captured each time. */
const NOT_LITERAL = new Error('not a literal');

// What may follow a whole value inside a structure, on its line: a separator, a closing bracket or a comment.
const VALUE_END = /^[ \t]*(?:$|[\n,}\])]|#|\/\/|\/\*|\r)/;

class LiteralParser {
  private i = 0;
  constructor(
    private readonly s: string,
    /** Keep what is not a literal as template text, rather than give up (see {@link hclStructure}). */
    private readonly keepExpressions = false,
  ) {}

  done(): boolean {
    return this.i === this.s.length;
  }

  /** Skips whitespace and comments (`#` and `//` to the end of the line, `/* ... *\/`). */
  space(): void {
    for (;;) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
      const rest = this.s.slice(this.i, this.i + 2);
      if (rest[0] === '#' || rest === '//') {
        const nl = this.s.indexOf('\n', this.i);
        this.i = nl < 0 ? this.s.length : nl;
      } else if (rest === '/*') {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  value(): TerraformValue {
    this.space();
    if (!this.keepExpressions) return this.literal();
    const start = this.i;
    try {
      const value = this.literal();
      // A literal that an operator or a traversal continues is part of a larger expression.
      if (VALUE_END.test(this.s.slice(this.i, this.i + 64))) return value;
    } catch (err) {
      if (err !== NOT_LITERAL) throw err;
    }
    this.i = start;
    return this.expression();
  }

  private literal(): TerraformValue {
    const c = this.s[this.i];
    if (c === '"') return this.string();
    if (c === '[') return this.list('[', ']');
    if (c === '{') return this.object();
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.s);
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
    if (this.keepExpressions) return this.template();
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

  /** A quoted template's text, interpolations and escapes of `${` as written, quotes and backslashes decoded. */
  private template(): string {
    const start = this.i + 1;
    this.i = this.templateEnd(start);
    const text = this.s.slice(start, this.i);
    this.i++;
    return text.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? c);
  }

  /** The index of the quote that closes a template opened before `from`, past nested interpolations. */
  private templateEnd(from: number): number {
    for (let i = from; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '\\') i++;
      else if (c === '"') return i;
      else if ((c === '$' || c === '%') && this.s[i + 1] === '{' && this.s[i - 1] !== c)
        i = this.closing(i + 2, '}');
    }
    throw NOT_LITERAL;
  }

  /** The index of `close` at depth 0 from `from`, past nested brackets and strings. */
  private closing(from: number, close: string): number {
    let depth = 0;
    for (let i = from; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '"') i = this.templateEnd(i + 1);
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0 && c === close) return i;
        depth--;
      }
    }
    throw NOT_LITERAL;
  }

  /** Any other expression, up to the end of its line, a separator or the closing bracket around it: its text. */
  private expression(): string {
    const start = this.i;
    let depth = 0;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '"') this.i = this.templateEnd(this.i + 1);
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || c === '\n' || c === '#')) break;
    }
    const text = this.s.slice(start, this.i).trim();
    if (text === '') throw NOT_LITERAL;
    return `\${${text}}`;
  }

  private identifier(): string {
    IDENTIFIER.lastIndex = this.i;
    const m = IDENTIFIER.exec(this.s);
    if (!m) throw NOT_LITERAL;
    this.i += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw NOT_LITERAL;
    this.i++;
  }
}
