import type { ResourceResult } from '../../../report-types';
import { resourceLabel } from '../../report-grouping';
import type { TreeNode } from '../construct-tree';
import { escapeHtml } from '../html-escape';
import { STATUS_CLASS, STATUS_LABEL } from '../labels';

/** Open every node on the way to drift when there is at most this much of it; beyond, open only the stacks. */
const OPEN_DRIFT_UP_TO = 50;

/**
 * Renders the construct tree into `container` as nested lists of native disclosure widgets (`details`), which the
 * keyboard and screen readers already know. A node's children are rendered when it is first opened, so a tree of
 * 10,000 resources costs only its stacks up front. Nodes with drift say how many resources drifted below them and
 * are open from the start when there is little drift; each resource is a button that calls `onSelect`.
 */
export function renderConstructTree(
  container: HTMLElement,
  roots: readonly TreeNode[],
  resources: readonly ResourceResult[],
  onSelect: (index: number) => void,
): void {
  const rendered: { node: TreeNode; depth: number }[] = [];
  const openToDrift = roots.reduce((n, r) => n + r.drifted, 0) <= OPEN_DRIFT_UP_TO;

  const leafHtml = (index: number, name: string): string => {
    const r = resources[index];
    return (
      `<li><button type="button" class="tree-leaf" data-index="${index}">` +
      `<span class="tree-name">${escapeHtml(name)}</span> ` +
      `<span class="badge status-${STATUS_CLASS[r.status]}">${STATUS_LABEL[r.status]}</span></button></li>`
    );
  };

  const nodeHtml = (n: TreeNode, depth: number): string => {
    if (n.children.length === 0 && n.resources.length === 1) return leafHtml(n.resources[0], n.name);
    const id = rendered.push({ node: n, depth }) - 1;
    const open = n.drifted > 0 && (openToDrift || depth === 0);
    const mark =
      n.drifted > 0
        ? `<span class="tree-drift">${n.drifted.toLocaleString('en-US')} drifted</span>`
        : `<span class="tree-count">${n.total.toLocaleString('en-US')}<span class="visually-hidden"> resources</span></span>`;
    return (
      `<li><details data-node="${id}"${open ? ' open' : ''}><summary><span class="tree-name">${escapeHtml(n.name)}</span> ${mark}</summary>` +
      `<ul>${open ? childrenHtml(n, depth) : ''}</ul></details></li>`
    );
  };

  // Resources that share a construct path are named by their address under it.
  const childrenHtml = (n: TreeNode, depth: number): string =>
    n.resources.map((i) => leafHtml(i, resourceLabel(resources[i]))).join('') +
    n.children.map((c) => nodeHtml(c, depth + 1)).join('');

  container.innerHTML = `<ul class="tree">${roots.map((r) => nodeHtml(r, 0)).join('')}</ul>`;

  // `toggle` does not bubble: listen in the capture phase to fill a node when it is first opened.
  container.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      const list = details.querySelector(':scope > ul');
      if (!details.open || !list || list.childElementCount > 0) return;
      const { node, depth } = rendered[Number(details.dataset.node)];
      list.innerHTML = childrenHtml(node, depth);
    },
    true,
  );
  container.addEventListener('click', (event) => {
    const leaf = (event.target as Element).closest<HTMLElement>('button.tree-leaf');
    if (leaf) onSelect(Number(leaf.dataset.index));
  });
}
