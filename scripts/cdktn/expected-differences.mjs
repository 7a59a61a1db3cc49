// The differences between what cdktf and cdktn synthesize that the cdktn check expects, in one place. Nothing here
// is guessed: each value is measured by synthesizing the same small inputs with both distributions (probe.cjs:
// cdktf from the workspace, cdktn from the migrated copy), then written into the copy's expectations (the jest
// snapshots and the README sample that quote synthesized output). The tests then compare everything else exactly,
// so any other difference fails the check. The expected ones:
//
// 1. The provider block: @cdktn/provider-aws declares `source = "hashicorp/aws"` and the hashicorp/aws version it
//    was generated from (6.66.0 for 25.7.0); @cdktf/provider-aws declares `source = "aws"` and its own (6.25.0).
// 2. Asset hashes in tests: cdktn's Testing.app() turns on its future flag `canonicalAssetHashes`, which hashes an
//    asset's name and mode with its content. A real `new App()` keeps the legacy content hash, the same as cdktf's.
// 3. Line numbers in a stack file: cdktn writes an empty `outputs` object on one line, cdktf on two, so in a stack
//    without outputs every line below it is one higher under cdktf (the SARIF sample in apps/cli/README.md quotes one).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Assets whose hash the snapshot tests show (the platform app is snapshotted with this prebuilt zip). */
export const SNAPSHOT_ASSETS = ['apps/platform/src/__fixtures__/drift-bundle.zip'];
/** The README block that quotes line numbers of a synthesized stack file without outputs. */
const LINE_SAMPLES = { file: 'apps/cli/README.md', marker: '### SARIF output', fence: '```json' };

const PROBE = join(import.meta.dirname, 'probe.cjs');

function probe(node, workspace, cdkModule, providerModule) {
  return JSON.parse(
    execFileSync(node, [PROBE, workspace, cdkModule, providerModule, ...SNAPSHOT_ASSETS], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
}

function* snapshotFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !['node_modules', '.git', 'dist', '.nx'].includes(entry.name))
      yield* snapshotFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.snap')) yield join(dir, entry.name);
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Measures the expected differences (cdktf in `workspace` run by `workspaceNode`, cdktn in `copy` run by
 * `copyNode`) and writes them into the copy's expectations. Returns one line per difference with how often it was
 * applied and where.
 */
export function normaliseExpectations({ workspace, workspaceNode, copy, copyNode }) {
  const cdktf = probe(workspaceNode, workspace, 'cdktf', '@cdktf/provider-aws');
  const cdktn = probe(copyNode, copy, 'cdktn', '@cdktn/provider-aws');

  const rewrites = [
    {
      what: `provider block: source "${cdktf.provider.source}" → "${cdktn.provider.source}", version ${cdktf.provider.version} → ${cdktn.provider.version}`,
      from: new RegExp(
        `("source": )"${escape(cdktf.provider.source)}",(\\n\\s*"version": )"${escape(cdktf.provider.version)}",`,
        'g',
      ),
      to: `$1"${cdktn.provider.source}",$2"${cdktn.provider.version}",`,
    },
    ...SNAPSHOT_ASSETS.map((file) => ({
      what: `asset hash of ${file}: ${cdktf.assetHashes[file]} → ${cdktn.assetHashes[file]}`,
      from: new RegExp(escape(cdktf.assetHashes[file]), 'g'),
      to: cdktn.assetHashes[file],
    })),
  ];
  const applied = rewrites.map((r) => ({ what: r.what, count: 0, files: new Set() }));
  for (const file of snapshotFiles(copy)) {
    let text = readFileSync(file, 'utf8');
    rewrites.forEach((r, i) => {
      text = text.replace(r.from, (...m) => {
        applied[i].count++;
        applied[i].files.add(relative(copy, file));
        return r.to.replace(/\$(\d)/g, (_, n) => m[Number(n)]);
      });
    });
    writeFileSync(file, text);
  }

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

  return [...applied, lines].map((a) => `${a.what}: ${a.count} in ${[...a.files].join(', ') || 'no file'}`);
}
