import { DriftInputError, type SourceFile } from '../errors';

interface Rule {
  readonly negated: boolean;
  readonly type: RegExp;
  readonly id: RegExp;
  /**
   * The field path (its segments joined by dots; `*` may span dots, so `tags.*` covers `tags.kubernetes.io/role`),
   * matching that field and everything below it; undefined for a whole-resource rule.
   */
  readonly path: RegExp | undefined;
  readonly line: number;
}

/** A rule whose expiry date has passed: no longer applied, so the drift it hid is reported again. */
export interface ExpiredRule {
  /** The rule as written. */
  readonly rule: string;
  readonly line: number;
  /** YYYY-MM-DD, the last day the rule applied. */
  readonly expires: string;
  readonly reason: string;
}

export interface DriftIgnoreOptions {
  /** The day to compare expiry dates with, YYYY-MM-DD (UTC). @default today */
  readonly today?: string;
}

/** `# expires 2026-03-31: the reason`, on the line right before the rule it limits. */
const EXPIRY = /^#\s*expires\b(.*)$/i;
const EXPIRY_BODY = /^\s+(\d{4}-\d{2}-\d{2})\s*(?::\s*(.*))?$/;

function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/**
 * One rule with its expiry and reason, as `groundwork drift fix` appends it: the expiry comment, then the rule.
 * The reason must fit on one line.
 */
export function driftIgnoreEntry(entry: { rule: string; expires: string; reason: string }): string {
  if (!isCalendarDate(entry.expires))
    throw new RangeError(`expires must be YYYY-MM-DD, got "${entry.expires}"`);
  const reason = entry.reason.replace(/\s+/g, ' ').trim();
  return `# expires ${entry.expires}: ${reason}\n${entry.rule}\n`;
}

/** What a rule is matched against: Terraform or Config type, and every id the resource is known by. */
export interface IgnoreSubject {
  readonly types: readonly string[];
  readonly ids: readonly string[];
}

function globSource(segment: string): string {
  return segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
}

function glob(segment: string): RegExp {
  return new RegExp(`^${globSource(segment)}$`);
}

/** A field path rule: its segments (which may hold escaped dots, as in tag keys) and anything below them. */
function fieldPath(segments: readonly string[]): RegExp | undefined {
  if (segments.length === 0) return undefined;
  return new RegExp(`^${segments.map(globSource).join('\\.')}(\\..*)?$`);
}

/** Splits on dots that are not escaped with a backslash (`aws_s3_bucket.my\.bucket.tags`). */
function splitUnescaped(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '.') {
      cur += '.';
      i++;
    } else if (s[i] === '.') {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

/** A difference path with list indexes as segments: `ingress[0].cidr` → `ingress.0.cidr`. */
function dottedPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * A parsed `.driftignore` (driftctl's syntax): one rule a line, `type.id` ignores a resource,
 * `type.id.path.to.field` one attribute, `*` matches anything within a segment, `!` re-includes what an earlier
 * rule ignored, `#` starts a comment, and `\.` is a literal dot inside an id. The last matching rule wins.
 * A comment `# expires YYYY-MM-DD: reason` right before a rule limits it: after that day the rule no longer applies
 * and is listed in `expired`, so tolerated drift comes back instead of hiding forever. To driftctl it is a comment.
 */
export class DriftIgnore {
  private constructor(
    private readonly rules: readonly Rule[],
    /** Rules past their expiry date: not applied. */
    readonly expired: readonly ExpiredRule[] = [],
  ) {}

  static parse(file: SourceFile, options: DriftIgnoreOptions = {}): DriftIgnore {
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const rules: Rule[] = [];
    const expired: ExpiredRule[] = [];
    let expiry: { expires: string; reason: string; line: number } | undefined;
    file.content.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      const directive = EXPIRY.exec(line);
      if (expiry && (line === '' || line.startsWith('#')))
        throw new DriftInputError(
          file.path,
          `line ${expiry.line}`,
          'the rule it limits on the next line, right after "# expires YYYY-MM-DD: reason"',
          line === '' ? 'an empty line' : `"${line}"`,
        );
      if (directive) {
        const body = EXPIRY_BODY.exec(directive[1]);
        if (!body || !isCalendarDate(body[1]))
          throw new DriftInputError(
            file.path,
            `line ${i + 1}`,
            'an expiry like "# expires 2026-03-31: why the drift is tolerated" (a real date, YYYY-MM-DD)',
            `"${line}"`,
          );
        expiry = { expires: body[1], reason: (body[2] ?? '').trim(), line: i + 1 };
        return;
      }
      if (line === '' || line.startsWith('#')) return;
      const limit = expiry;
      expiry = undefined;
      if (limit && limit.expires < today) {
        expired.push({ rule: line, line: i + 1, expires: limit.expires, reason: limit.reason });
        return;
      }
      const negated = line.startsWith('!');
      const body = negated ? line.slice(1).trim() : line;
      const parts = body === '*' ? ['*', '*'] : splitUnescaped(body);
      if (parts.length < 2 || parts.some((p) => p === ''))
        throw new DriftInputError(
          file.path,
          `line ${i + 1}`,
          'a rule like "aws_s3_bucket.my-bucket", "aws_s3_bucket.*.tags.Owner" or "!aws_iam_role.admin"',
          `"${line}"`,
        );
      rules.push({
        negated,
        type: glob(parts[0]),
        id: glob(parts[1]),
        path: fieldPath(parts.slice(2)),
        line: i + 1,
      });
    });
    if (expiry)
      throw new DriftInputError(
        file.path,
        `line ${expiry.line}`,
        'the rule it limits on the next line, right after "# expires YYYY-MM-DD: reason"',
        'the end of the file',
      );
    return new DriftIgnore(rules, expired);
  }

  static empty(): DriftIgnore {
    return new DriftIgnore([]);
  }

  /** True when there are no rules (the engine then skips building subjects). */
  get isEmpty(): boolean {
    return this.rules.length === 0;
  }

  private subjectMatches(rule: Rule, s: IgnoreSubject): boolean {
    return s.types.some((t) => rule.type.test(t)) && s.ids.some((id) => rule.id.test(id));
  }

  /** True when the whole resource is ignored. */
  ignoresResource(subject: IgnoreSubject): boolean {
    let ignored = false;
    for (const r of this.rules)
      if (r.path === undefined && this.subjectMatches(r, subject)) ignored = !r.negated;
    return ignored;
  }

  /** True when one attribute (a difference path such as `tags.Owner` or `ingress`) is ignored. */
  ignoresField(subject: IgnoreSubject, path: string): boolean {
    const dotted = dottedPath(path);
    let ignored = false;
    for (const r of this.rules) {
      if (!this.subjectMatches(r, subject)) continue;
      if (r.path === undefined || r.path.test(dotted)) ignored = !r.negated;
    }
    return ignored;
  }
}

export function parseDriftIgnore(file: SourceFile, options: DriftIgnoreOptions = {}): DriftIgnore {
  return DriftIgnore.parse(file, options);
}
