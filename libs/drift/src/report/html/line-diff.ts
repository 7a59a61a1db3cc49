/** One row of a side-by-side diff: the expected line on the left, the actual one on the right. */
export type DiffRow =
  | { readonly kind: 'same' | 'changed'; readonly left: string; readonly right: string }
  | { readonly kind: 'removed'; readonly left: string }
  | { readonly kind: 'added'; readonly right: string }
  | { readonly kind: 'fold'; readonly count: number };

/** Past this many cells the longest-common-subsequence table is not built (2,000 × 2,000 lines). */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * Aligns two texts line by line for a side-by-side view: lines both sides share (a longest common subsequence,
 * after the common head and tail) face each other; in between, removed and added lines are paired as changed rows.
 * Texts too long for the table keep their common head and tail, and the middle is shown as removed then added.
 */
export function alignLines(left: readonly string[], right: readonly string[]): DiffRow[] {
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) head++;
  let tail = 0;
  while (
    tail < left.length - head &&
    tail < right.length - head &&
    left[left.length - 1 - tail] === right[right.length - 1 - tail]
  )
    tail++;

  const a = left.slice(head, left.length - tail);
  const b = right.slice(head, right.length - tail);
  const rows: DiffRow[] = left.slice(0, head).map((line) => ({ kind: 'same', left: line, right: line }));
  rows.push(...pairChanges(middleOps(a, b)));
  rows.push(
    ...left.slice(left.length - tail).map((line): DiffRow => ({ kind: 'same', left: line, right: line })),
  );
  return rows;
}

type Op =
  { kind: 'same'; line: string } | { kind: 'removed'; line: string } | { kind: 'added'; line: string };

function middleOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_TABLE_CELLS) {
    return [
      ...a.map((line): Op => ({ kind: 'removed', line })),
      ...b.map((line): Op => ({ kind: 'added', line })),
    ];
  }
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'same', line: a[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])
      ops.push({ kind: 'removed', line: a[i++] });
    else ops.push({ kind: 'added', line: b[j++] });
  }
  while (i < n) ops.push({ kind: 'removed', line: a[i++] });
  while (j < m) ops.push({ kind: 'added', line: b[j++] });
  return ops;
}

/** Each run of removed lines and the added lines that follow it face each other, line for line. */
function pairChanges(ops: readonly Op[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) rows.push({ kind: 'changed', left: removed[k], right: added[k] });
    for (const line of removed.slice(paired)) rows.push({ kind: 'removed', left: line });
    for (const line of added.slice(paired)) rows.push({ kind: 'added', right: line });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed.push(op.line);
    else if (op.kind === 'added') added.push(op.line);
    else {
      flush();
      rows.push({ kind: 'same', left: op.line, right: op.line });
    }
  }
  flush();
  return rows;
}

/**
 * Replaces each run of unchanged rows longer than twice the context with the context on both ends and one `fold`
 * row that says how many lines it hides, as code review tools do.
 */
export function foldUnchanged(rows: readonly DiffRow[], context = 3): DiffRow[] {
  if (rows.every((row) => row.kind === 'same')) return [...rows];
  const out: DiffRow[] = [];
  let run: DiffRow[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    const keepHead = atStart ? 0 : context;
    const keepTail = atEnd ? 0 : context;
    if (run.length > keepHead + keepTail + 1) {
      out.push(...run.slice(0, keepHead));
      out.push({ kind: 'fold', count: run.length - keepHead - keepTail });
      out.push(...run.slice(run.length - keepTail));
    } else out.push(...run);
    run = [];
  };
  for (const row of rows) {
    if (row.kind === 'same') run.push(row);
    else {
      flush(out.length === 0, false);
      out.push(row);
    }
  }
  flush(out.length === 0, true);
  return out;
}
