import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../command';
import { isRecord } from '@groundwork/core';

/** One Terraform JSON configuration to scan. */
export interface ScanInput {
  readonly stack: string;
  /** The path as shown in reports: relative to the working directory (a directory for a module). */
  readonly file: string;
  readonly text: string;
  readonly json: unknown;
  /** For a directory of `*.tf.json` files read as one module: each file, to locate findings in it. */
  readonly files?: readonly { readonly file: string; readonly text: string }[];
}

/**
 * Reads the inputs of `guard scan`: a cdktf output directory (its manifest.json names every stack's
 * cdk.tf.json), a stack directory holding a cdk.tf.json, or Terraform JSON files. Every problem is a UsageError
 * naming the file, the field and the fix.
 */
export function loadInputs(paths: readonly string[], cwd: string): ScanInput[] {
  const inputs = withDistinctFileNames(paths.flatMap((p) => loadPath(resolve(cwd, p), cwd)));
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.stack);
    if (other !== undefined && other !== input.file) {
      throw new UsageError(
        `stack name "${input.stack}" comes from both ${other} and ${input.file}: scan them in separate runs`,
      );
    }
    seen.set(input.stack, input.file);
  }
  return inputs.filter((input, i) => inputs.findIndex((o) => o.file === input.file) === i);
}

/**
 * Files named only by their file name (`a/main.tf.json`, `b/main.tf.json`) report under their path instead when
 * the names collide; a stack name that cdktf or a manifest gave stays as given.
 */
function withDistinctFileNames(inputs: ScanInput[]): ScanInput[] {
  const namedAfterFile = (i: ScanInput) =>
    i.files === undefined &&
    i.stack === fileStem(i.file) &&
    !(isRecord(i.json) && metadataStackName(i.json) !== undefined);
  const files = new Map<string, Set<string>>();
  for (const i of inputs) files.set(i.stack, (files.get(i.stack) ?? new Set()).add(i.file));
  return inputs.map((i) =>
    namedAfterFile(i) && (files.get(i.stack)?.size ?? 0) > 1
      ? { ...i, stack: i.file.replace(/(\.tf)?\.json$/, '') }
      : i,
  );
}

function loadPath(path: string, cwd: string): ScanInput[] {
  const shown = display(path, cwd);
  if (!existsSync(path)) {
    throw new UsageError(
      `${shown}: no such file or directory. Pass a cdktf output directory (run \`npm start\` to create cdktf.out) or *.tf.json files.`,
    );
  }
  if (!statSync(path).isDirectory()) return [loadFile(path, cwd)];
  const manifest = join(path, 'manifest.json');
  if (existsSync(manifest)) return loadManifest(manifest, cwd);
  const stackFile = join(path, 'cdk.tf.json');
  if (existsSync(stackFile)) return [loadFile(stackFile, cwd, basename(path))];
  const moduleFiles = readdirSync(path)
    .filter((f) => f.endsWith('.tf.json') && statSync(join(path, f)).isFile())
    .sort();
  if (moduleFiles.length > 0) return [loadModule(path, moduleFiles, cwd)];
  throw new UsageError(
    `${shown}: neither manifest.json, cdk.tf.json nor any *.tf.json file is in this directory. Pass the cdktf output directory (cdktf.out), one stack directory, a directory of *.tf.json files, or *.tf.json files.`,
  );
}

/**
 * A directory of `*.tf.json` files, read as Terraform reads a module: one configuration, so a bucket in one file and
 * its public access block in another are matched. The files' top levels are joined as the array form allows.
 */
function loadModule(dir: string, names: readonly string[], cwd: string): ScanInput {
  const files = names.map((name) => loadFile(join(dir, name), cwd));
  return {
    stack: basename(dir),
    file: display(dir, cwd),
    text: '',
    json: files.flatMap((f) => (Array.isArray(f.json) ? f.json : [f.json])),
    files: files.map((f) => ({ file: f.file, text: f.text })),
  };
}

function loadManifest(manifestPath: string, cwd: string): ScanInput[] {
  const shown = display(manifestPath, cwd);
  const manifest = parseJson(manifestPath, cwd);
  const stacks = isRecord(manifest) ? manifest.stacks : undefined;
  if (!isRecord(stacks)) {
    throw new UsageError(
      `${shown}: field "stacks" must be an object of stacks. Is this a cdktf manifest? Re-run \`npm start\` to regenerate it.`,
    );
  }
  return Object.entries(stacks).map(([id, entry]) => {
    const name = isRecord(entry) ? entry.name : undefined;
    const stackPath = isRecord(entry) ? entry.synthesizedStackPath : undefined;
    if (typeof stackPath !== 'string' || stackPath === '') {
      throw new UsageError(
        `${shown}: field "stacks.${id}.synthesizedStackPath" must be the stack's file path, got ${JSON.stringify(stackPath)}. Re-run \`npm start\` to regenerate the manifest.`,
      );
    }
    const file = join(dirname(manifestPath), stackPath);
    if (!existsSync(file)) {
      throw new UsageError(
        `${shown}: field "stacks.${id}.synthesizedStackPath" names ${display(file, cwd)}, which does not exist. Re-run \`npm start\` to synthesize it.`,
      );
    }
    return loadFile(file, cwd, typeof name === 'string' && name !== '' ? name : id);
  });
}

function loadFile(path: string, cwd: string, stackName?: string): ScanInput {
  const json = parseJson(path, cwd);
  const shown = display(path, cwd);
  // The HCL JSON syntax also allows an array of objects at the top level; the scanner reads both.
  if (!isRecord(json) && !Array.isArray(json)) {
    throw new UsageError(
      `${shown}: the top level must be a Terraform JSON object (or an array of objects), got ${kindOf(json)}.`,
    );
  }
  return {
    stack: stackName ?? (isRecord(json) ? metadataStackName(json) : undefined) ?? fileStem(path),
    file: shown,
    text: readText(path, cwd),
    json,
  };
}

function parseJson(path: string, cwd: string): unknown {
  const text = readText(path, cwd);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(
      `${display(path, cwd)}: not valid JSON (${(err as Error).message}). The guard scans Terraform JSON (*.tf.json, cdk.tf.json), not HCL.`,
    );
  }
}

function readText(path: string, cwd: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(
      `${display(path, cwd)}: cannot be read (${(err as NodeJS.ErrnoException).code ?? err}).`,
    );
  }
}

/** cdktf writes the stack name into the top-level `//` metadata. */
function metadataStackName(json: Record<string, unknown>): string | undefined {
  const comment = json['//'];
  const name = isRecord(comment) && isRecord(comment.metadata) ? comment.metadata.stackName : undefined;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function fileStem(path: string): string {
  return basename(path).replace(/(\.tf)?\.json$/, '');
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
