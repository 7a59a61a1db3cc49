/**
 * Maps each resource block address (`type.name`) to the 1-based line of its name key, in one pass over the text.
 * Arrays are transparent, as in the HCL JSON syntax: `"resource"` at the top level (of the root object or of any
 * object in a root array), then a type key, then a name key, wherever objects and arrays of objects nest them.
 * Only the first declaration of an address counts.
 */
export function resourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  // Per open container: `{` or `[`, and the raw (quoted) key of the property it is the value of, if any.
  const containers: string[] = [];
  const keys: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      const start = i;
      i = stringEnd(text, i + 1);
      const raw = text.slice(start, i + 1);
      if (containers[containers.length - 1] === '{' && nextIsColon(text, i + 1)) {
        pendingKey = raw;
        const path = keys.filter((k): k is string => k !== undefined);
        if (path.length === 2 && path[0] === '"resource"') {
          const address = `${JSON.parse(path[1]) as string}.${JSON.parse(raw) as string}`;
          if (!lines.has(address)) lines.set(address, line);
        }
      }
      for (let j = raw.indexOf('\n'); j >= 0; j = raw.indexOf('\n', j + 1)) line++;
    } else if (c === 123 || c === 91) {
      // A container that is a property's value carries the property's key; one inside an array carries none.
      keys.push(containers[containers.length - 1] === '{' ? pendingKey : undefined);
      containers.push(c === 123 ? '{' : '[');
      pendingKey = undefined;
    } else if (c === 125 || c === 93) {
      containers.pop();
      keys.pop();
    }
  }
  return lines;
}

function nextIsColon(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return false;
}

function stringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return text.length;
}
