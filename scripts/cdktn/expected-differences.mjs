// The differences between what cdktf and cdktn synthesize that the cdktn check expects, in one place. Nothing here
// is guessed: each is measured with both distributions, and any difference not listed here fails the check.
//
// 1. The provider block: @cdktn/provider-aws declares `source = "hashicorp/aws"` and the hashicorp/aws version it
//    was generated from (6.66.0 for 25.7.0); @cdktf/provider-aws declares `source = "aws"` and its own (6.25.0).
//    Measured by probe.cjs, which synthesizes the same small stack with each. No test quotes it (the platform app
//    is checked by its address inventory), so it is reported, not rewritten.
// 2. Line numbers in stack files: cdktn writes every empty object or array on one line (`"outputs": {}`,
//    `"route": []`), cdktf on two, so lines move by as many empty values as precede them. The SARIF sample in
//    apps/cli/README.md quotes such lines: the copy's README samples are regenerated on cdktn, and
//    `onlyLineNumbersMoved` accepts the result only if nothing but `"startLine"` values changed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const PROBE = join(import.meta.dirname, 'probe.cjs');

/** The README whose samples quote synthesized line numbers, and the command that regenerates them. */
export const LINE_SAMPLES = {
  file: 'apps/cli/README.md',
  regenerate: ['jest', '-c', 'apps/cli/jest.config.cjs', 'readme-samples'],
  env: { UPDATE_README_SAMPLES: '1' },
};

function probe(node, workspace, cdkModule, providerModule) {
  return JSON.parse(
    execFileSync(node, [PROBE, workspace, cdkModule, providerModule], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
}

/** The provider block each distribution synthesizes, as one line for the check's output. */
export function providerDifference({ workspace, workspaceNode, copy, copyNode }) {
  const cdktf = probe(workspaceNode, workspace, 'cdktf', '@cdktf/provider-aws').provider;
  const cdktn = probe(copyNode, copy, 'cdktn', '@cdktn/provider-aws').provider;
  return `provider block: source "${cdktf.source}" → "${cdktn.source}", version ${cdktf.version} → ${cdktn.version} (quoted by no test)`;
}

/**
 * Compares the README before and after its samples were regenerated on cdktn: returns how many `"startLine"`
 * values moved, or throws with the first line that changed in any other way.
 */
export function onlyLineNumbersMoved(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length)
    throw new Error(
      `${LINE_SAMPLES.file}: the samples regenerated on cdktn have ${b.length} lines, not ${a.length}`,
    );
  let moved = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const line = /^(\s*"startLine": )\d+(,?)$/;
    const [ma, mb] = [line.exec(a[i]), line.exec(b[i])];
    if (!ma || !mb || ma[1] !== mb[1] || ma[2] !== mb[2])
      throw new Error(
        `${LINE_SAMPLES.file}:${i + 1} differs on cdktn: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`,
      );
    moved++;
  }
  return moved;
}
