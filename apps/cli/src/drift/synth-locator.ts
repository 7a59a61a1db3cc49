import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ResourceResult, SarifLocation } from '@groundwork/drift';

/** The stack files of a desired model: stack name to synthesized file path. */
export interface StackFiles {
  readonly stacks: readonly { readonly name: string; readonly file: string }[];
}

/**
 * Finds each resource's line in its synthesized `cdk.tf.json`, so a SARIF alert lands on the resource block.
 * Paths are made relative to `root` (the repository root in CI) with forward slashes, as code scanning expects.
 */
export function synthLocator(
  desired: StackFiles,
  root: string,
): (r: ResourceResult) => SarifLocation | undefined {
  const files = new Map(desired.stacks.map((s) => [s.name, s.file]));
  const lines = new Map<string, string[]>();
  const linesOf = (file: string) => {
    let cached = lines.get(file);
    if (!cached) {
      cached = readFileSync(file, 'utf8').split('\n');
      lines.set(file, cached);
    }
    return cached;
  };

  return (r) => {
    if (!r.stack || !r.address) return undefined;
    const file = files.get(r.stack);
    if (!file) return undefined;
    const uri = relative(root, file).split(sep).join('/');
    const [type, rest] = splitAddress(r.address);
    const text = linesOf(file);
    const typeLine = text.findIndex((l) => l.trimStart().startsWith(`"${type}": {`));
    const nameLine =
      typeLine < 0 ? -1 : text.findIndex((l, i) => i > typeLine && l.trimStart().startsWith(`"${rest}": {`));
    return nameLine < 0 ? { uri } : { uri, startLine: nameLine + 1 };
  };
}

/** `aws_vpc.main[0]` → [`aws_vpc`, `main`]; module paths are not produced by cdktf stacks. */
function splitAddress(address: string): [string, string] {
  const dot = address.indexOf('.');
  return [address.slice(0, dot), address.slice(dot + 1).replace(/\[[^\]]*\]$/, '')];
}
