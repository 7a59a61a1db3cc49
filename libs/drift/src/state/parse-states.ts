import { IAC_STACK_TAG, isRecord } from '@groundwork/core';
import { DriftInputError, type SourceFile, describe, parseJson, pointer } from '../errors';
import type { DesiredModel } from '../iac/desired-model';
import type { StackState, StateModel } from './state-model';

function instanceAddress(base: string, indexKey: unknown): string {
  if (indexKey === undefined || indexKey === null) return base;
  return typeof indexKey === 'number'
    ? `${base}[${indexKey}]`
    : `${base}[${JSON.stringify(String(indexKey))}]`;
}

function readState(file: SourceFile): Map<string, Record<string, unknown>> {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new DriftInputError(file.path, '', 'a Terraform state object', describe(doc));
  if (doc['version'] !== 4)
    throw new DriftInputError(
      file.path,
      '/version',
      'Terraform state format version 4',
      describe(doc['version']),
    );
  const resources = doc['resources'] ?? [];
  if (!Array.isArray(resources))
    throw new DriftInputError(file.path, '/resources', 'a list of resources', describe(resources));
  const out = new Map<string, Record<string, unknown>>();
  resources.forEach((r, i) => {
    const at = pointer('resources', i);
    if (!isRecord(r)) throw new DriftInputError(file.path, at, 'a resource object', describe(r));
    if (typeof r['type'] !== 'string' || typeof r['name'] !== 'string')
      throw new DriftInputError(
        file.path,
        `${at}/type`,
        'a resource with string "type" and "name"',
        describe(r['type']),
      );
    const mode = r['mode'] === 'data' ? 'data.' : '';
    const module = typeof r['module'] === 'string' ? `${r['module']}.` : '';
    const base = `${module}${mode}${r['type']}.${r['name']}`;
    const instances = r['instances'] ?? [];
    if (!Array.isArray(instances))
      throw new DriftInputError(file.path, `${at}/instances`, 'a list of instances', describe(instances));
    instances.forEach((inst, j) => {
      if (!isRecord(inst) || !isRecord(inst['attributes']))
        throw new DriftInputError(
          file.path,
          `${at}/instances/${j}/attributes`,
          'an attributes object',
          describe(isRecord(inst) ? inst['attributes'] : inst),
        );
      out.set(instanceAddress(base, inst['index_key']), inst['attributes']);
    });
  });
  return out;
}

/** The `iac:stack` tag values of the applied resources (in `tags_all`, or `tags`). */
function stackTagsIn(resources: ReadonlyMap<string, Record<string, unknown>>): Set<string> {
  const found = new Set<string>();
  for (const attributes of resources.values())
    for (const key of ['tags_all', 'tags']) {
      const tags = attributes[key];
      const value = isRecord(tags) ? tags[IAC_STACK_TAG] : undefined;
      if (typeof value === 'string') found.add(value);
    }
  return found;
}

/** The stack a state file's name points at: `<stack>.tfstate`, `terraform.<stack>.tfstate`, `<stack>/terraform.tfstate`. */
function stackFromFileName(path: string, names: ReadonlySet<string>): string | undefined {
  const parts = path.split(/[\\/]/);
  const file = parts[parts.length - 1];
  const candidates: string[] = [];
  const m = /^terraform\.(.+)\.tfstate$/.exec(file);
  if (m) candidates.push(m[1]);
  if (file === 'terraform.tfstate' && parts.length > 1) candidates.push(parts[parts.length - 2]);
  candidates.push(file.replace(/\.tfstate(\.json)?$/, '').replace(/\.json$/, ''));
  return candidates.find((c) => names.has(c));
}

/** Matches Terraform state files to the desired stacks by file name, otherwise by the addresses inside. */
export function parseStates(files: SourceFile[], desired: DesiredModel): StateModel {
  const names = new Set(desired.stacks.map((s) => s.name));
  const stacks = new Map<string, StackState>();
  const unmatchedFiles: string[] = [];
  const byAddress: { file: SourceFile; resources: Map<string, Record<string, unknown>> }[] = [];
  for (const file of files) {
    const resources = readState(file);
    const stack = stackFromFileName(file.path, names);
    if (stack !== undefined) {
      if (stacks.has(stack))
        throw new DriftInputError(
          file.path,
          '',
          `one state file for stack "${stack}"`,
          `a second one after ${stacks.get(stack)?.file}`,
        );
      stacks.set(stack, { stack, file: file.path, resources });
    } else byAddress.push({ file, resources });
  }
  for (const { file, resources } of byAddress) {
    const candidates = desired.stacks
      .filter((s) => !stacks.has(s.name))
      .map((s) => ({
        name: s.name,
        score: s.resources.filter((r) => resources.has(r.address) || resources.has(`${r.address}[0]`)).length,
      }))
      .filter((c) => c.score > 0);
    const top = Math.max(0, ...candidates.map((c) => c.score));
    let best = candidates.filter((c) => c.score === top);
    // Stacks of one app in several environments share every address: the applied resources' iac:stack tag decides.
    if (best.length > 1) {
      const tagged = stackTagsIn(resources);
      best = best.filter((c) => tagged.has(c.name));
    }
    // Still ambiguous: a wrong guess would compare a stack with another environment's ids, so none is taken.
    if (best.length !== 1) unmatchedFiles.push(file.path);
    else stacks.set(best[0].name, { stack: best[0].name, file: file.path, resources });
  }
  return { stacks, unmatchedFiles };
}
