/**
 * Terraform JSON strings are templates: `${...}` interpolates an expression and `%{...}` is a directive, while
 * `$${` and `%%{` are the escapes for a literal `${` and `%{`. Everything else is literal text.
 */
export type TemplatePart =
  { readonly literal: string } | { readonly interpolation: string } | { readonly directive: string };

/** A template's parts in order; literal parts have their escapes decoded. */
export function templateParts(template: string): TemplatePart[] {
  if (!template.includes('{')) return [{ literal: template }];
  const parts: TemplatePart[] = [];
  let text = '';
  let from = 0;
  for (let i = nextOpening(template, 0); i >= 0; i = nextOpening(template, from)) {
    const c = template[i];
    text += template.slice(from, i);
    if (template[i - 1] === c && (i < 2 || template[i - 2] !== c)) {
      // `$${` or `%%{`: the escape of a literal `${` or `%{` (written one character early: drop one `$`).
      text = `${text.slice(0, -1)}${c}{`;
      from = i + 2;
      continue;
    }
    const end = closingBrace(template, i + 2);
    if (end < 0) {
      // Unterminated: Terraform rejects it; read the rest as text rather than guess.
      from = i;
      break;
    }
    if (text !== '') parts.push({ literal: text });
    text = '';
    const inner = template.slice(i + 2, end);
    parts.push(c === '$' ? { interpolation: inner } : { directive: inner });
    from = end + 1;
  }
  text += template.slice(from);
  if (text !== '' || parts.length === 0) parts.push({ literal: text });
  return parts;
}

/** The index of the next `${` or `%{` from `from` (of its `$` or `%`), or -1. */
function nextOpening(template: string, from: number): number {
  for (let i = template.indexOf('{', from + 1); i > 0; i = template.indexOf('{', i + 1)) {
    const c = template[i - 1];
    if (c === '$' || c === '%') return i - 1;
  }
  return -1;
}

/** The index of the `}` that closes a `${` or `%{` opened just before `from`, skipping quoted strings; -1 if none. */
function closingBrace(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = closingQuote(s, i + 1);
      if (i < 0) return -1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function closingQuote(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

/** Does the string interpolate or direct anything (rather than being literal text, escapes included)? */
export function isTemplateExpression(template: string): boolean {
  return templateParts(template).some((p) => !('literal' in p));
}

/** Literal text written back as template text: `${` and `%{` escaped. */
export function escapeTemplateText(text: string): string {
  return text.replace(/([$%])\{/g, '$1$1{');
}

/** The template text of parts (the inverse of {@link templateParts}). */
export function templateText(parts: readonly TemplatePart[]): string {
  return parts
    .map((p) =>
      'literal' in p
        ? escapeTemplateText(p.literal)
        : 'interpolation' in p
          ? `\${${p.interpolation}}`
          : `%{${p.directive}}`,
    )
    .join('');
}
