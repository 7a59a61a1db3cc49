import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StackSummary {
  readonly name: string;
  readonly file: string;
  readonly resources: number;
  readonly dataSources: number;
}

interface Manifest {
  readonly stacks: Record<string, { readonly name: string; readonly synthesizedStackPath: string }>;
}

type Blocks = Record<string, Record<string, unknown>>;

const count = (section: Blocks | undefined) =>
  Object.values(section ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);

/**
 * Reads cdktf.out/manifest.json and counts the resources of each synthesized stack, in `order` (stack names,
 * e.g. dependency order) when given, otherwise as the manifest lists them.
 */
export function summarizeStacks(outdir: string, order?: readonly string[]): StackSummary[] {
  const manifestFile = join(outdir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const entries = Object.values(manifest.stacks);
  if (order) entries.sort((a, b) => rank(order, a.name) - rank(order, b.name));
  return entries.map((s) => {
    const file = join(outdir, s.synthesizedStackPath);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { resource?: Blocks; data?: Blocks };
    return { name: s.name, file, resources: count(json.resource), dataSources: count(json.data) };
  });
}

/** A fixed-width table for the terminal. */
export function formatStackTable(stacks: StackSummary[]): string {
  const width = Math.max(5, ...stacks.map((s) => s.name.length));
  const rows = stacks.map(
    (s) =>
      `${s.name.padEnd(width)}  ${String(s.resources).padStart(9)}  ${String(s.dataSources).padStart(12)}`,
  );
  const total = stacks.reduce((n, s) => n + s.resources, 0);
  return [
    `${'STACK'.padEnd(width)}  RESOURCES  DATA SOURCES`,
    ...rows,
    `${'total'.padEnd(width)}  ${String(total).padStart(9)}`,
  ].join('\n');
}

function rank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}
