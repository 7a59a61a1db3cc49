// "terraform apply" of synthesized stacks against the simulated account: resolves references in dependency order,
// fills in what AWS computes (ids, ARNs, addresses) and refreshes the attributes the provider reads back from AWS
// (security-group rules, route-table routes, role attachments). What each Terraform type computes and reads back is
// in its module under ../types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataSource } from '../data-sources/registry';
import { remoteStack } from '../data-sources/terraform-remote-state';
import { SimulatedIds } from '../simulated-ids';
import { terraformTypeModel } from '../types/registry';
import {
  AppliedLookup,
  AppliedResource,
  AppliedStack,
  ApplyContext,
  Attrs,
  lookupIn,
} from './applied-resource';
import { evaluateValue, referencesIn } from './expressions';
import { generatedNames } from './provider-names';

/** A synthesized stack: its name and its Terraform JSON. */
export interface SynthStack {
  readonly name: string;
  readonly json: {
    provider?: {
      aws?: {
        alias?: string;
        allowed_account_ids?: unknown;
        region?: unknown;
        default_tags?: { tags?: Record<string, string> }[];
      }[];
    };
    resource?: Record<string, Record<string, Attrs>>;
    data?: Record<string, Record<string, Attrs>>;
    output?: Record<string, { value: unknown; sensitive?: boolean }>;
    /** Import blocks (cdktf's `importFrom`): the live resource `id` is adopted at address `to`. */
    import?: { to: string; id: string }[];
  };
}

/** Arguments whose value is a map, not a nested block. */
const MAP_ATTRIBUTES = new Set([
  'tags',
  'tags_all',
  'variables',
  'config',
  'outputs',
  'defaults',
  'parameters',
  'environment_variables',
  'dimensions',
]);

export function readSynthStacks(iacDir: string): SynthStack[] {
  const manifest = JSON.parse(readFileSync(join(iacDir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((s) => ({
    name: s.name,
    json: JSON.parse(readFileSync(join(iacDir, s.synthesizedStackPath), 'utf8')),
  }));
}

/** The literal region of the aliased AWS provider a resource names (`"aws.us-east-1"`), if any. */
function providerRegion(stack: SynthStack, provider: unknown): string | undefined {
  const alias = typeof provider === 'string' ? /^aws\.(.+)$/.exec(provider)?.[1] : undefined;
  if (alias === undefined) return undefined;
  const region = stack.json.provider?.aws?.find((p) => p.alias === alias)?.region;
  return typeof region === 'string' && !region.includes('${') ? region : undefined;
}

/** The stacks a stack reads through terraform_remote_state. */
function stackDependencies(stack: SynthStack): string[] {
  return Object.entries(stack.json.data?.terraform_remote_state ?? {}).map(([name, body]) =>
    remoteStack(name, body),
  );
}

/** Stacks in an order where every remote state is applied before its reader (stable otherwise). */
export function applyOrder(stacks: readonly SynthStack[]): SynthStack[] {
  const names = new Set(stacks.map((s) => s.name));
  const done = new Set<string>();
  const ordered: SynthStack[] = [];
  const pending = [...stacks];
  while (pending.length > 0) {
    const i = pending.findIndex((s) =>
      stackDependencies(s).every((d) => done.has(d) || (!names.has(d) && d !== s.name)),
    );
    if (i < 0)
      throw new Error(`cyclic remote-state references among ${pending.map((s) => s.name).join(', ')}`);
    const [next] = pending.splice(i, 1);
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

/**
 * Applies every stack, producers of remote state first; returns each stack's resources in apply order, the data
 * sources it read and its outputs. Stacks whose remote state is not among `stacks` fail with a clear error.
 */
export function applyStacks(
  stacks: readonly SynthStack[],
  base: Pick<ApplyContext, 'account' | 'region' | 'ids'>,
): Map<string, AppliedStack> {
  const out = new Map<string, AppliedStack>();
  const outputs = new Map<string, Record<string, unknown>>();
  const everything: AppliedResource[] = [];
  let unique = 0;
  for (const stack of applyOrder(stacks)) {
    const defaultTags = stack.json.provider?.aws?.[0]?.default_tags?.[0]?.tags ?? {};
    const ctx: ApplyContext = {
      ...base,
      defaultTags,
      applied: () => everything,
      nextUniqueId: () => ++unique,
    };
    const pending: { mode: 'managed' | 'data'; type: string; name: string; body: Attrs; address: string }[] =
      [];
    for (const [type, byName] of Object.entries(stack.json.data ?? {}))
      for (const [name, body] of Object.entries(byName))
        pending.push({ mode: 'data', type, name, body, address: `data.${type}.${name}` });
    for (const [type, byName] of Object.entries(stack.json.resource ?? {}))
      for (const [name, body] of Object.entries(byName))
        pending.push({ mode: 'managed', type, name, body, address: `${type}.${name}` });
    const known = new Set(pending.map((p) => p.address));
    const imports = new Map((stack.json.import ?? []).map((i) => [i.to, i.id]));
    const dependencies = new Map(
      pending.map((p) => [
        p.address,
        [
          ...referencesIn(p.body).filter((r) => known.has(r)),
          ...((p.body.depends_on as string[] | undefined) ?? []).filter((r) => known.has(r)),
        ],
      ]),
    );
    const applied = new Map<string, AppliedResource>();
    const lookup = (address: string): unknown => {
      if (address === 'terraform') return { workspace: 'default' };
      const found = applied.get(address);
      if (!found) throw new Error(`${stack.name}: ${address} is not known to the simulated apply`);
      return found.attrs;
    };
    while (pending.length > 0) {
      const ready = pending.findIndex((p) => dependencies.get(p.address)!.every((r) => applied.has(r)));
      if (ready < 0)
        throw new Error(
          `${stack.name}: unresolvable references in ${pending.map((p) => p.address).join(', ')}`,
        );
      const [{ mode, type, name, body, address }] = pending.splice(ready, 1);
      const {
        '//': meta,
        depends_on: _d,
        lifecycle: _l,
        provider,
        provisioner: _v,
        ...args
      } = body as Attrs & { '//'?: { metadata?: { path?: string } } };
      const region = providerRegion(stack, provider) ?? ctx.region;
      let attrs: Attrs;
      try {
        const values = blockBody(evaluateValue(args, lookup)) as Attrs;
        if (mode === 'data') {
          attrs = readDataSource(type, name, values, { ...ctx, outputs });
        } else {
          const model = terraformTypeModel(type);
          const named = { ...values, ...generatedNames(model.generatedName, values, ctx) };
          const importId = imports.get(address);
          const at = { ...ctx, region };
          attrs =
            importId === undefined
              ? { ...named, ...model.computed(named, at) }
              : { ...named, ...adopted(model, importId, named, { ...at, importedId: importId }) };
          if ('tags' in attrs || model.taggable) {
            attrs.tags = attrs.tags ?? {};
            attrs.tags_all = { ...ctx.defaultTags, ...((attrs.tags as Record<string, string>) ?? {}) };
          }
        }
      } catch (err) {
        throw new Error(`${stack.name}: ${address}: ${(err as Error).message}`);
      }
      const resource: AppliedResource = {
        stack: stack.name,
        mode,
        type,
        name,
        address,
        constructPath: meta?.metadata?.path ?? address,
        attrs,
        dependencies: dependencies.get(address)!,
        ...(region !== ctx.region && { region }),
      };
      applied.set(address, resource);
      if (mode === 'managed') everything.push(resource);
    }
    const all = [...applied.values()];
    const stackOutputs: AppliedStack['outputs'] = {};
    for (const [name, o] of Object.entries(stack.json.output ?? {})) {
      stackOutputs[name] = { value: evaluateValue(o.value, lookup), sensitive: o.sensitive === true };
    }
    outputs.set(stack.name, Object.fromEntries(Object.entries(stackOutputs).map(([k, o]) => [k, o.value])));
    out.set(stack.name, {
      name: stack.name,
      resources: all.filter((r) => r.mode === 'managed'),
      dataSources: all.filter((r) => r.mode === 'data'),
      outputs: stackOutputs,
    });
  }
  // `terraform refresh` of every stack: rules, routes and attachments made by other resources (in any stack).
  refresh(everything);
  return out;
}

/**
 * What `terraform apply` reads into state when an import block adopts an existing resource: the configuration, what
 * AWS computes (its values do not come from the account's id sequence, so ids of every other resource stay as they
 * were), and the identity the import id gives (`id`, or what the type derives from it).
 */
function adopted(
  model: ReturnType<typeof terraformTypeModel>,
  importId: string,
  values: Attrs,
  ctx: ApplyContext,
): Attrs {
  const computed = model.computed(values, { ...ctx, ids: new SimulatedIds(`import:${importId}`) });
  return { ...computed, ...(model.imported?.(importId, values, ctx) ?? { id: importId }) };
}

/** Synthesized JSON writes single nested blocks as objects; state always stores blocks as lists. */
function blockBody(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toState(v, k)]));
}

function toState(value: unknown, key: string): unknown {
  if (MAP_ATTRIBUTES.has(key)) return value;
  if (Array.isArray(value)) return value.map(blockBody);
  if (value && typeof value === 'object') return [blockBody(value)];
  return value;
}

/** What `terraform refresh` reads back: rules, routes and attachments made by other resources. */
function refresh(resources: AppliedResource[]): void {
  const lookup: AppliedLookup = lookupIn(resources);
  for (const r of resources) terraformTypeModel(r.type).refresh?.(r, lookup);
}
