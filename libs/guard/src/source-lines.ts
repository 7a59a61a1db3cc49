/**
 * Maps each resource block address (`type.name`) to the 1-based line of its name key, in one pass over the text.
 * Arrays are transparent, as in the HCL JSON syntax: `"resource"` at the top level (of the root object or of any
 * object in a root array), then a type key, then a name key, wherever objects and arrays of objects nest them.
 * Only the first declaration of an address counts.
 */
export function resourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  // Per open container: is it an object, and how many object keys lead to it (arrays add none).
  const isObject: boolean[] = [];
  const depth: number[] = [];
  // The keys leading to the current container, as far as they matter: `resource`, then a type.
  const path: string[] = [];
  let pendingKey: string | undefined;
  // Lines are counted up to where a name is found, with the native indexOf, not character by character.
  let line = 1;
  let counted = 0;
  const lineAt = (position: number) => {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < position; nl = text.indexOf('\n', nl + 1))
      line++;
    counted = position;
    return line;
  };
  // Jump from one structural character to the next; strings are jumped over whole. Commas need no look: in valid
  // JSON a container inside an object always follows its own key.
  const structural = /["{}[\]]/g;
  for (let m = structural.exec(text); m !== null; m = structural.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i + 1);
      const top = isObject.length - 1;
      // A string directly inside an object of interest, followed by a colon, is a key.
      if (top >= 0 && isObject[top] && depth[top] <= 2 && nextIsColon(text, end + 1)) {
        pendingKey = JSON.parse(text.slice(i, end + 1)) as string;
        if (depth[top] === 2 && path[0] === 'resource') {
          const address = `${path[1]}.${pendingKey}`;
          if (!lines.has(address)) lines.set(address, lineAt(i));
        }
      }
      structural.lastIndex = end + 1;
    } else if (c === 123 || c === 91) {
      const top = isObject.length - 1;
      const parentDepth = top >= 0 ? depth[top] : 0;
      const keyed = top >= 0 && isObject[top] && pendingKey !== undefined;
      if (keyed && parentDepth < 2) path[parentDepth] = pendingKey as string;
      isObject.push(c === 123);
      depth.push(parentDepth + (keyed ? 1 : 0));
      pendingKey = undefined;
    } else {
      isObject.pop();
      depth.pop();
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

/** The index of the quote that closes the string whose first character is at `from`. */
function stringEnd(text: string, from: number): number {
  let i = text.indexOf('"', from);
  while (i > 0) {
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return i;
    i = text.indexOf('"', i + 1);
  }
  return text.length;
}
