import { sampleReport } from '../sample-report.fixture';
import { buildConstructTree, TreeNode, UNMANAGED_ROOT } from './construct-tree';

function find(nodes: readonly TreeNode[], path: string): TreeNode | undefined {
  for (const n of nodes) {
    if (n.path === path) return n;
    const below = find(n.children, path);
    if (below) return below;
  }
  return undefined;
}

describe('buildConstructTree', () => {
  const report = sampleReport();
  const roots = buildConstructTree(report.resources);

  it('has one root per stack, by name, and the resources in no stack last, by type', () => {
    expect(roots.map((r) => r.name)).toEqual(['data-prod', 'network-prod', UNMANAGED_ROOT]);
    expect(roots[2].children.map((c) => c.name)).toEqual(['AWS::EC2::Instance']);
  });

  it('places each resource at its construct path, below its stack', () => {
    const sg = find(roots, 'network-prod/web/sg');
    expect(sg?.resources.map((i) => report.resources[i].address)).toEqual(['aws_security_group.web_sg_9C1D']);
    expect(find(roots, 'network-prod/vpc')?.children.map((c) => c.name)).toEqual(['main', 'nat-a']);
  });

  it('counts statuses and drift over each subtree, so drift can be marked on the way down', () => {
    const network = roots[1];
    expect(network.total).toBe(3);
    expect(network.drifted).toBe(2);
    expect(network.counts).toMatchObject({ IN_SYNC: 1, MODIFIED: 1, DELETED: 1 });
    expect(find(roots, 'network-prod/vpc')).toMatchObject({ total: 2, drifted: 1 });
    expect(roots.reduce((n, r) => n + r.total, 0)).toBe(report.resources.length);
    expect(roots.reduce((n, r) => n + r.drifted, 0)).toBe(4);
  });
});
