import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ResourceResult, SarifLocation } from '@groundwork/drift';
import { resourceLines } from '@groundwork/guard';

/** The stack files of a desired model: stack name to synthesized file path. */
export interface StackFiles {
  readonly stacks: readonly { readonly name: string; readonly file: string }[];
}

/**
 * Finds each resource's line in its synthesized `cdk.tf.json` with guard's resource-block finder (never a data
 * block of the same type), so a SARIF alert lands on the resource. Paths are made relative to `root` (the
 * repository root in CI) with forward slashes, as code scanning expects.
 */
export function synthLocator(
  desired: StackFiles,
  root: string,
): (r: ResourceResult) => SarifLocation | undefined {
  const files = new Map(desired.stacks.map((s) => [s.name, s.file]));
  const linesByFile = new Map<string, Map<string, number>>();
  const linesOf = (file: string) => {
    let lines = linesByFile.get(file);
    if (!lines) {
      lines = resourceLines(readFileSync(file, 'utf8'));
      linesByFile.set(file, lines);
    }
    return lines;
  };

  return (r) => {
    if (!r.stack || !r.address) return undefined;
    const file = files.get(r.stack);
    if (!file) return undefined;
    const uri = relative(root, file).split(sep).join('/');
    // `aws_vpc.main[0]` is declared as `aws_vpc.main`; cdktf stacks produce no module paths.
    const startLine = linesOf(file).get(r.address.replace(/\[[^\]]*\]$/, ''));
    return startLine === undefined ? { uri } : { uri, startLine };
  };
}
