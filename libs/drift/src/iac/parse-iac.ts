import { isRecord } from '@groundwork/core';
import { DriftInputError, type SourceFile, describe, parseJson, pointer } from '../errors';
import type { DesiredModel, DesiredResource, DesiredStack, IgnoredTagKeys } from './desired-model';
import { type ProviderScope, providerScope } from './provider-scope';

const META_KEYS = new Set([
  '//',
  'lifecycle',
  'provider',
  'depends_on',
  'count',
  'for_each',
  'provisioner',
  'connection',
]);

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Stack name of a plain Terraform JSON file: `stacks/<stack>/cdk.tf.json` → `<stack>`, `<stack>.tf.json` → `<stack>`. */
function stackNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  const file = parts[parts.length - 1];
  if (file === 'cdk.tf.json' && parts.length > 1) return parts[parts.length - 2];
  return file.replace(/\.tf\.json$/, '').replace(/\.json$/, '');
}

function readTags(value: unknown, file: string, path: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value))
    throw new DriftInputError(file, path, 'a map of tag names to strings', describe(value));
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) tags[k] = String(v);
  return tags;
}

/** What a provider block says about its resources: their default_tags and ignore_tags, their account and region. */
interface ProviderSettings extends ProviderScope {
  readonly defaultTags: Record<string, string>;
  readonly ignoreTags?: IgnoredTagKeys;
}

const NO_PROVIDER: ProviderSettings = { defaultTags: {}, account: null, region: null };

function readKeyList(value: unknown, file: string, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((k) => typeof k !== 'string'))
    throw new DriftInputError(file, path, 'a list of tag keys', describe(value));
  return value as string[];
}

/** Settings per provider alias ('' is the default provider). Blocks arrive as an object or a one-element list. */
function readProviders(doc: Record<string, unknown>, file: string): Map<string, ProviderSettings> {
  const byAlias = new Map<string, ProviderSettings>();
  const provider = doc['provider'];
  if (provider === undefined) return byAlias;
  if (!isRecord(provider))
    throw new DriftInputError(file, '/provider', 'an object of provider blocks', describe(provider));
  const aws = provider['aws'];
  if (aws === undefined) return byAlias;
  const blocks = Array.isArray(aws) ? aws : [aws];
  blocks.forEach((block, i) => {
    const at = Array.isArray(aws) ? pointer('provider', 'aws', i) : pointer('provider', 'aws');
    if (!isRecord(block)) throw new DriftInputError(file, at, 'a provider block object', describe(block));
    const alias = typeof block['alias'] === 'string' ? block['alias'] : '';
    const dt = block['default_tags'];
    const dtBlock = Array.isArray(dt) ? dt[0] : dt;
    const it = block['ignore_tags'];
    const itBlock = Array.isArray(it) ? it[0] : it;
    const keys = isRecord(itBlock) ? readKeyList(itBlock['keys'], file, `${at}/ignore_tags/keys`) : [];
    const keyPrefixes = isRecord(itBlock)
      ? readKeyList(itBlock['key_prefixes'], file, `${at}/ignore_tags/key_prefixes`)
      : [];
    byAlias.set(alias, {
      ...providerScope(block),
      defaultTags: isRecord(dtBlock) ? readTags(dtBlock['tags'], file, `${at}/default_tags/tags`) : {},
      ...(keys.length > 0 || keyPrefixes.length > 0 ? { ignoreTags: { keys, keyPrefixes } } : {}),
    });
  });
  return byAlias;
}

/** `at` is the resource's JSON pointer, built only for an error (a stack has thousands of resources). */
function readIgnoreChanges(lifecycle: unknown, file: string, at: () => string): readonly string[] | 'all' {
  if (!isRecord(lifecycle)) return [];
  const ic = lifecycle['ignore_changes'];
  if (ic === undefined) return [];
  if (ic === 'all' || ic === '${all}') return 'all';
  if (!Array.isArray(ic))
    throw new DriftInputError(
      file,
      `${at()}/lifecycle/ignore_changes`,
      '"all" or a list of attribute names',
      describe(ic),
    );
  return ic.map((a) => String(a).replace(/^\$\{(.*)\}$/, '$1'));
}

function readBlocks(
  doc: Record<string, unknown>,
  key: 'resource' | 'data',
  stack: string,
  file: string,
  providers: Map<string, ProviderSettings>,
): DesiredResource[] {
  const section = doc[key];
  if (section === undefined) return [];
  if (!isRecord(section))
    throw new DriftInputError(file, pointer(key), 'an object of resource types', describe(section));
  const out: DesiredResource[] = [];
  for (const [type, byName] of Object.entries(section)) {
    if (!isRecord(byName))
      throw new DriftInputError(file, pointer(key, type), 'an object of resource names', describe(byName));
    for (const [name, body] of Object.entries(byName)) {
      const at = () => pointer(key, type, name);
      if (!isRecord(body)) throw new DriftInputError(file, at(), 'a resource body object', describe(body));
      const values: Record<string, unknown> = {};
      for (const k of Object.keys(body)) if (!META_KEYS.has(k)) values[k] = body[k];
      const meta = body['//'];
      const metadata = isRecord(meta) && isRecord(meta['metadata']) ? meta['metadata'] : undefined;
      const providerRef = typeof body['provider'] === 'string' ? body['provider'] : '';
      const alias = providerRef.startsWith('aws.') ? providerRef.slice(4) : '';
      const provider = providers.get(alias) ?? providers.get('') ?? NO_PROVIDER;
      out.push({
        stack,
        address: key === 'data' ? `data.${type}.${name}` : `${type}.${name}`,
        mode: key === 'data' ? 'data' : 'managed',
        type,
        name,
        values,
        constructPath: metadata && typeof metadata['path'] === 'string' ? metadata['path'] : null,
        ignoreChanges: readIgnoreChanges(body['lifecycle'], file, at),
        defaultTags: provider.defaultTags,
        ...(provider.ignoreTags ? { ignoreTags: provider.ignoreTags } : {}),
        account: provider.account,
        region: provider.region,
        repeated: body['count'] !== undefined || body['for_each'] !== undefined,
        file,
      });
    }
  }
  return out;
}

function parseStack(file: SourceFile, name: string): DesiredStack {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new DriftInputError(file.path, '', 'a Terraform JSON object', describe(doc));
  const providers = readProviders(doc, file.path);
  const scope = providers.get('') ?? NO_PROVIDER;
  return {
    name,
    file: file.path,
    account: scope.account,
    region: scope.region,
    resources: readBlocks(doc, 'resource', name, file.path, providers),
    dataSources: readBlocks(doc, 'data', name, file.path, providers),
  };
}

/**
 * Reads the desired state from a cdktf output directory's files (manifest.json + stacks/<stack>/cdk.tf.json) or from
 * plain Terraform JSON files. With a manifest, stack names come from it; otherwise from each file's name.
 */
export function parseIac(files: SourceFile[]): DesiredModel {
  const manifestFile = files.find((f) => baseName(f.path) === 'manifest.json');
  const tfFiles = files.filter((f) => f.path.endsWith('.tf.json'));
  const stacks: DesiredStack[] = [];
  const used = new Set<SourceFile>();
  if (manifestFile) {
    const manifest = parseJson(manifestFile);
    if (!isRecord(manifest) || !isRecord(manifest['stacks']))
      throw new DriftInputError(
        manifestFile.path,
        '/stacks',
        'an object of stacks (a cdktf manifest)',
        describe(isRecord(manifest) ? manifest['stacks'] : manifest),
      );
    for (const [key, entry] of Object.entries(manifest['stacks'])) {
      if (!isRecord(entry) || typeof entry['synthesizedStackPath'] !== 'string')
        throw new DriftInputError(
          manifestFile.path,
          pointer('stacks', key, 'synthesizedStackPath'),
          'the path of the stack JSON',
          describe(isRecord(entry) ? entry['synthesizedStackPath'] : entry),
        );
      const rel = entry['synthesizedStackPath'].replace(/^\.\//, '');
      const file = tfFiles.find((f) => f.path.replace(/\\/g, '/').endsWith(rel));
      if (!file)
        throw new DriftInputError(
          manifestFile.path,
          pointer('stacks', key, 'synthesizedStackPath'),
          `a file ${rel} next to the manifest`,
          'no such file',
        );
      used.add(file);
      stacks.push(parseStack(file, typeof entry['name'] === 'string' ? entry['name'] : key));
    }
  }
  for (const file of tfFiles) if (!used.has(file)) stacks.push(parseStack(file, stackNameOf(file.path)));
  const seen = new Set<string>();
  for (const s of stacks) {
    if (seen.has(s.name))
      throw new DriftInputError(s.file, '', `a unique stack name`, `a second stack named "${s.name}"`);
    seen.add(s.name);
  }
  if (stacks.length === 0)
    throw new DriftInputError(
      files[0]?.path ?? '(no files)',
      '',
      'a cdktf manifest.json or at least one *.tf.json file',
      'none',
    );
  return { stacks };
}
