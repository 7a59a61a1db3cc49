// The differences between what cdktf and cdktn synthesize that the cdktn check expects, in one place. Nothing here
// is guessed: each value is measured by synthesizing the same small inputs with both distributions (probe.cjs:
// cdktf from the workspace, cdktn from the migrated copy). The tests then compare everything exactly, so any
// difference not listed here fails the check. The expected ones:
//
// 1. The provider block: @cdktn/provider-aws declares `source = "hashicorp/aws"` and the hashicorp/aws version it
//    was generated from (6.66.0 for 25.7.0); @cdktf/provider-aws declares `source = "aws"` and its own (6.25.0).
//    No test quotes it (the platform app is checked by its addresses), so it is reported, not rewritten.
// 2. Line numbers in a stack file: cdktn writes an empty `outputs` object on one line, cdktf on two, so in a stack
//    without outputs every line below it is one higher under cdktf. The SARIF sample in apps/cli/README.md quotes
//    such lines: they are written into the copy's README.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README block that quotes line numbers of a synthesized stack file without outputs. */
const LINE_SAMPLES = { file: 'apps/cli/README.md', marker: '### SARIF output', fence: '```json' };

const PROBE = join(import.meta.dirname, 'probe.cjs');

function probe(node, workspace, cdkModule, providerModule) {
  return JSON.parse(
    execFileSync(node, [PROBE, workspace, cdkModule, providerModule], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
}

/**
 * Measures the expected differences (cdktf in `workspace` run by `workspaceNode`, cdktn in `copy` run by
 * `copyNode`) and writes the line-number shift into the copy's README sample. Returns one line per difference,
 * with how often it was applied and where.
 */
export function normaliseExpectations({ workspace, workspaceNode, copy, copyNode }) {
  const cdktf = probe(workspaceNode, workspace, 'cdktf', '@cdktf/provider-aws');
  const cdktn = probe(copyNode, copy, 'cdktn', '@cdktn/provider-aws');

  const shift = cdktf.firstResourceLine - cdktn.firstResourceLine;
  const lines = { what: `stack file line numbers: ${shift} lower`, count: 0, files: new Set() };
  const readmePath = join(copy, LINE_SAMPLES.file);
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(LINE_SAMPLES.fence, readme.indexOf(LINE_SAMPLES.marker));
  const end = readme.indexOf('\n```', start + LINE_SAMPLES.fence.length);
  if (readme.indexOf(LINE_SAMPLES.marker) < 0 || start < 0 || end < 0)
    throw new Error(`${LINE_SAMPLES.file}: no ${LINE_SAMPLES.fence} block after "${LINE_SAMPLES.marker}"`);
  const sample = readme.slice(start, end).replace(/("startLine": )(\d+)/g, (_, key, n) => {
    lines.count++;
    lines.files.add(LINE_SAMPLES.file);
    return `${key}${Number(n) - shift}`;
  });
  writeFileSync(readmePath, readme.slice(0, start) + sample + readme.slice(end));

  return [
    `provider block: source "${cdktf.provider.source}" → "${cdktn.provider.source}", version ${cdktf.provider.version} → ${cdktn.provider.version} (quoted by no test)`,
    `${lines.what}: ${lines.count} in ${[...lines.files].join(', ') || 'no file'}`,
  ];
}
