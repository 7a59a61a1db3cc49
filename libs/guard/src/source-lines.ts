const KEY_LINE = /^(\s*)"((?:[^"\\]|\\.)*)"\s*:\s*\{/;

/**
 * Maps each resource address to the 1-based line of its block in pretty-printed Terraform JSON, in one pass:
 * inside `"resource": {`, keys one level deeper are types and keys one level below those are names. Minified
 * JSON yields no lines (reports then point at line 1).
 */
export function resourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const all = text.split('\n');
  let resourceIndent = -1;
  let typeIndent = -1;
  let nameIndent = -1;
  let type: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const match = KEY_LINE.exec(all[i]);
    const indent = all[i].length - all[i].trimStart().length;
    if (
      resourceIndent >= 0 &&
      all[i].trim() !== '' &&
      indent <= resourceIndent &&
      !/^\s*[}\]]/.test(all[i])
    ) {
      resourceIndent = -1; // left the resource section
    }
    if (!match) continue;
    const key = JSON.parse(`"${match[2]}"`) as string;
    if (resourceIndent < 0) {
      if (key === 'resource') {
        resourceIndent = indent;
        typeIndent = -1;
      }
      continue;
    }
    if (typeIndent < 0 || indent === typeIndent) {
      typeIndent = indent;
      type = key;
      nameIndent = -1;
    } else if (type !== undefined && (nameIndent < 0 || indent === nameIndent) && indent > typeIndent) {
      nameIndent = indent;
      lines.set(`${type}.${key}`, i + 1);
    }
  }
  return lines;
}
