import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DriftInputError, type SourceFile } from '../errors';
import type { DesiredModel } from './desired-model';
import { parseIac } from './parse-iac';

function walk(dir: string, depth: number, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (depth > 0 && !name.startsWith('.') && name !== 'node_modules') walk(full, depth - 1, out);
    } else if (name === 'manifest.json' || name.endsWith('.tf.json')) out.push(full);
  }
}

/** Reads a cdktf output directory (or a directory of *.tf.json files) from disk. */
export function loadIacDir(dir: string): DesiredModel {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DriftInputError(
      dir,
      '',
      'a cdktf output directory (manifest.json + stacks/*/cdk.tf.json)',
      'no such directory',
    );
  const paths: string[] = [];
  walk(dir, 3, paths);
  const files: SourceFile[] = paths.map((p) => ({ path: p, content: readFileSync(p, 'utf8') }));
  if (files.length === 0) throw new DriftInputError(dir, '', 'manifest.json or *.tf.json files', 'none');
  return parseIac(files);
}
