// What `terraform plan -target` must name to put reverted findings back to the IaC, stack by stack in the order the
// stacks depend on each other (cdktf's manifest lists each stack's dependencies).
import { isRecord } from '@groundwork/core';
import type { DesiredModel, ResourceResult } from '@groundwork/drift';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removalCommand, type RevokeCommand } from './unmanaged-additions';

export interface StackRevert {
  readonly stack: string;
  /** The stack's directory in the cdktf output, relative to it: `stacks/<stack>`. */
  readonly directory: string;
  readonly findings: readonly ResourceResult[];
  /** Terraform addresses to target, sorted. */
  readonly targets: readonly string[];
  /** For each deleted resource: the resources of the stack that refer to it, which the plan updates too. */
  readonly recreated: readonly { readonly address: string; readonly dependents: readonly string[] }[];
  /** Stacks that read this one's outputs: they see a recreated resource's new id on their next apply. */
  readonly readers: readonly string[];
  /** What was added live that the apply leaves alone (rules, attached policies): removed after it. */
  readonly revokes: readonly RevokeCommand[];
}

interface ManifestStack {
  readonly name: string;
  readonly dependencies: readonly string[];
  readonly workingDirectory: string;
}

/** The manifest's stacks, each after the stacks it depends on (manifest order otherwise). */
export function stacksInDependencyOrder(iacDir: string): ManifestStack[] {
  const file = join(iacDir, 'manifest.json');
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const stacks = isRecord(manifest) && isRecord(manifest['stacks']) ? manifest['stacks'] : {};
  const byName = new Map<string, ManifestStack>();
  for (const [name, s] of Object.entries(stacks)) {
    const entry = isRecord(s) ? s : {};
    const deps = Array.isArray(entry['dependencies']) ? entry['dependencies'].map(String) : [];
    const dir = typeof entry['workingDirectory'] === 'string' ? entry['workingDirectory'] : `stacks/${name}`;
    byName.set(name, { name, dependencies: deps, workingDirectory: dir });
  }
  const ordered: ManifestStack[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: readonly string[]) => {
    if (done.has(name)) return;
    if (path.includes(name))
      throw new Error(`${file}: stack dependency cycle ${[...path, name].join(' → ')}`);
    const stack = byName.get(name);
    if (!stack) return;
    for (const d of stack.dependencies) visit(d, [...path, name]);
    done.add(name);
    ordered.push(stack);
  };
  for (const name of byName.keys()) visit(name, []);
  return ordered;
}

/** Does any string in the value refer to the address (`${aws_nat_gateway.nat.id}`)? */
function refersTo(value: unknown, address: string): boolean {
  if (typeof value === 'string') return value.includes(`${address}.`);
  if (Array.isArray(value)) return value.some((v) => refersTo(v, address));
  if (isRecord(value)) return Object.values(value).some((v) => refersTo(v, address));
  return false;
}

/**
 * The revert of each stack that has reverted findings, in dependency order. A modified resource targets every address
 * folded into it (a bucket and its versioning); a deleted one also targets the resources of its stack that refer to
 * it, so the plan recreates it and rewires them in one go.
 */
export function revertPlan(
  iacDir: string,
  desired: DesiredModel,
  findings: readonly ResourceResult[],
): StackRevert[] {
  const order = stacksInDependencyOrder(iacDir);
  const plans: StackRevert[] = [];
  for (const stack of order) {
    const mine = findings.filter((f) => f.stack === stack.name);
    if (mine.length === 0) continue;
    const resources = desired.stacks.find((s) => s.name === stack.name)?.resources ?? [];
    const targets = new Set<string>();
    const recreated: StackRevert['recreated'][number][] = [];
    const revokes: RevokeCommand[] = [];
    for (const f of mine) {
      for (const a of f.addresses) targets.add(a);
      const group = resources.find((r) => r.address === f.address)?.values;
      for (const d of f.differences) {
        const revoke = removalCommand(f, d, group);
        if (revoke) revokes.push(revoke);
      }
      if (f.status !== 'DELETED') continue;
      const dependents = resources
        .filter((r) => !f.addresses.includes(r.address) && f.addresses.some((a) => refersTo(r.values, a)))
        .map((r) => r.address)
        .sort();
      for (const d of dependents) targets.add(d);
      for (const a of f.addresses) recreated.push({ address: a, dependents });
    }
    plans.push({
      stack: stack.name,
      directory: stack.workingDirectory,
      findings: mine,
      targets: [...targets].sort(),
      recreated,
      readers: order.filter((s) => s.dependencies.includes(stack.name)).map((s) => s.name),
      revokes,
    });
  }
  return plans;
}
