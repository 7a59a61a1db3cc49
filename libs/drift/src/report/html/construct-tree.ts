import type { DriftStatus, ResourceResult } from '../../report-types';
import { isDrift } from '../report-grouping';
import { compareText, typeOf } from './filters';

/** One node of the construct tree: a construct, or a stack at the top. */
export interface TreeNode {
  /** The last segment of its construct path (the stack name at the top). */
  readonly name: string;
  /** The full construct path, for ids and titles. */
  readonly path: string;
  readonly children: TreeNode[];
  /** Indices (in the report's resources) of the resources whose construct path ends here. */
  readonly resources: number[];
  /** Resources in this subtree, per status. */
  readonly counts: Record<DriftStatus, number>;
  /** Resources in this subtree, and how many of them drifted (MODIFIED, DELETED, UNMANAGED). */
  total: number;
  drifted: number;
}

/** The root that holds the resources of no stack, grouped by type. */
export const UNMANAGED_ROOT = 'Not in any stack';

function node(name: string, path: string): TreeNode {
  return {
    name,
    path,
    children: [],
    resources: [],
    counts: { MODIFIED: 0, DELETED: 0, UNMANAGED: 0, NOT_CHECKED: 0, IN_SYNC: 0 },
    total: 0,
    drifted: 0,
  };
}

/**
 * The construct tree of a report: one root per stack (by name), the constructs below it from each resource's
 * construct path, and a last root for resources in no stack, grouped by type. Every node counts the statuses of
 * its subtree, so drift can be marked on the way down. A resource without a construct path sits under its stack,
 * named by its address.
 */
export function buildConstructTree(resources: readonly ResourceResult[]): TreeNode[] {
  const roots = new Map<string, TreeNode>();
  const childIndex = new Map<TreeNode, Map<string, TreeNode>>();
  const childOf = (parent: TreeNode, name: string): TreeNode => {
    let byName = childIndex.get(parent);
    if (!byName) childIndex.set(parent, (byName = new Map()));
    let child = byName.get(name);
    if (!child) {
      child = node(name, `${parent.path}/${name}`);
      byName.set(name, child);
      parent.children.push(child);
    }
    return child;
  };

  let unmanaged: TreeNode | undefined;
  resources.forEach((r, index) => {
    let segments: string[];
    let root: TreeNode;
    if (r.stack === null) {
      root = unmanaged ??= node(UNMANAGED_ROOT, UNMANAGED_ROOT);
      segments = [typeOf(r) ?? 'unknown type', r.resourceId ?? '(no id)'];
    } else {
      const stack = r.stack;
      root = roots.get(stack) ?? node(stack, stack);
      roots.set(stack, root);
      const path = r.constructPath?.split('/').filter(Boolean) ?? [];
      segments = path[0] === stack ? path.slice(1) : path;
      if (segments.length === 0) segments = [r.address ?? r.resourceId ?? '(unnamed)'];
    }
    const visited = [root];
    let at = root;
    for (const segment of segments) visited.push((at = childOf(at, segment)));
    at.resources.push(index);
    for (const n of visited) {
      n.counts[r.status]++;
      n.total++;
      if (isDrift(r)) n.drifted++;
    }
  });

  const ordered = [...roots.values()].sort((a, b) => compareText(a.name, b.name));
  if (unmanaged) ordered.push(unmanaged);
  for (const root of ordered) sortChildren(root);
  return ordered;
}

function sortChildren(n: TreeNode): void {
  n.children.sort((a, b) => compareText(a.name, b.name));
  for (const c of n.children) sortChildren(c);
}
