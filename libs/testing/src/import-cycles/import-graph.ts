import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

/** For each file, the files of the set it imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The file-level import graph of a set of TypeScript files, resolved by TypeScript itself (tsconfig `paths`
 * included). Every form of import counts, `import type` and `export … from` too: a cycle through types is still a
 * cycle between concepts. Imports that resolve outside the set (packages, declaration files) are left out.
 */
export function importGraph(files: readonly string[], compilerOptions: ts.CompilerOptions): ImportGraph {
  const inSet = new Set(files.map((f) => resolve(f)));
  const host = ts.createCompilerHost(compilerOptions);
  const cache = ts.createModuleResolutionCache(process.cwd(), (f) => f, compilerOptions);
  const graph = new Map<string, string[]>();
  for (const file of inSet) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets: string[] = [];
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, compilerOptions, host, cache).resolvedModule;
      const target = resolved && resolve(resolved.resolvedFileName);
      if (target && inSet.has(target) && !targets.includes(target)) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Files that import each other, directly or through one another, and one closed path through them. */
export interface ImportCycle {
  /** Every file of the strongly connected group, sorted. */
  readonly files: readonly string[];
  /** A shortest closed path from the first file back to it (`a → b → c → a`). */
  readonly path: readonly string[];
}

/**
 * Every import cycle, one per strongly connected group of files (Tarjan's algorithm), sorted by first file. A file
 * that imports itself is a cycle of one.
 */
export function findImportCycles(graph: ImportGraph): ImportCycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;

  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group);
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);

  return groups
    .map((group) => ({ files: [...group].sort(), path: closedPath(graph, new Set(group)) }))
    .sort((a, b) => a.files[0].localeCompare(b.files[0]));
}

/** A shortest closed path from the group's first file (by name) back to itself, inside the group. */
function closedPath(graph: ImportGraph, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const target of graph.get(queue[i]) ?? []) {
      if (!group.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = queue[i]; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, queue[i]);
        queue.push(target);
      }
    }
  }
  throw new Error(`no closed path through ${start}: not a cycle`);
}

/** A cycle as people read it: its path in workspace-relative files joined by arrows, and how many files it spans. */
export function formatCycle(cycle: ImportCycle, root: string): string {
  const path = cycle.path.map((file) => relative(root, file)).join(' → ');
  const others = cycle.files.length - (cycle.path.length - 1);
  return others > 0
    ? `${path} (and ${others} more file(s) in the same cycle: ${cycle.files
        .filter((f) => !cycle.path.includes(f))
        .map((f) => relative(root, f))
        .join(', ')})`
    : path;
}
