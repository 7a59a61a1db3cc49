import { IAC_ADDRESS_TAG, IAC_STACK_TAG, isAccountId, parseArn } from '@groundwork/core';
import type { Adapter, AdapterOptions, FoldedResource } from '../adapters/adapter';
import { ADAPTERS, FALLBACK_ADAPTERS } from '../adapters/registry';
import { DriftInputError } from '../errors';
import type { DesiredModel, DesiredResource, IgnoredTagKeys } from '../iac/desired-model';
import { DriftIgnore, type IgnoreSubject } from '../ignore/drift-ignore';
import { type ConfigItem, type Inventory, isDeletedItem, type LiveSource } from '../live/config-item';
import { compareDocuments } from '../normalize/compare';
import { withoutIgnoredTags } from '../normalize/tags';
import type { DriftReport, DriftStatus, ResourceResult } from '../report-types';
import type { StackState, StateModel } from '../state/state-model';
import { applyIgnoreChanges } from './ignore-changes';
import { InventoryCoverage } from './inventory-coverage';
import { latestItems } from './latest-items';
import { fanOutPolicyAttachment } from './policy-attachment-fan-out';
import { Resolver } from './resolver';
import { itemRegion, sameOrUnknown, ScopeResolution } from './scope';

export interface DriftOptions extends AdapterOptions {
  /** Report AWS-created defaults (default VPC, default security groups, main route tables, service-linked roles). */
  readonly strict?: boolean;
  /** Only these stacks (UNMANAGED resources are then not reported). */
  readonly stacks?: string[];
  /** A parsed .driftignore. */
  readonly ignore?: DriftIgnore;
  /**
   * Complete inventories that hold whatever the input, such as the types the Lambda's recorder records in its own
   * account and region (`accountId` and `region` null: the one in scope). Added to every check's own.
   */
  readonly inventories?: readonly Inventory[];
}

/** One live resource as the IaC describes it: a primary resource and the resources folded into its item. */
interface Group {
  readonly stack: string;
  /** The preferred adapter of its Terraform type: its keys, folds and scope rules. */
  readonly adapter: Adapter;
  /** Every adapter that can compare it, the preferred one first, then its fallbacks (other sources). */
  readonly adapters: readonly Adapter[];
  /** Where the resource lives: its provider's account and region, else its state's ARNs; null when unknown. */
  readonly account: string | null;
  readonly region: string | null;
  readonly primary: DesiredResource | undefined;
  readonly folded: DesiredResource[];
  readonly state: Readonly<Record<string, unknown>> | undefined;
  readonly resolver: Resolver;
  resolvedPrimary?: Record<string, unknown>;
  /** The expected document, per adapter compared through. */
  expected?: Map<Adapter, Record<string, unknown>>;
  /** Keys from applied state: a live item claiming this group by its tags must also carry one of them. */
  stateKeys?: Set<string>;
}

const SEP = '\u0000';

/** A live item that names no account and matches managed resources in several: it cannot be told whose it is. */
const AMBIGUOUS = Symbol('ambiguous');

interface Scope {
  readonly account: string | null;
  readonly region: string | null;
}

const NO_SCOPE: Scope = { account: null, region: null };

/** The account and region of a resource's own ARN in state. */
function arnScope(attributes: Readonly<Record<string, unknown>> | undefined): Scope {
  const arn = parseArn(attributes?.['arn']);
  if (!arn) return NO_SCOPE;
  return { account: isAccountId(arn.account) ? arn.account : null, region: arn.region || null };
}

/** The first account and region the state's ARNs name: the stack's, when its provider does not say. */
function stateScope(stackState: StackState | undefined): Scope {
  let account: string | null = null;
  let region: string | null = null;
  for (const attributes of stackState?.resources.values() ?? []) {
    const own = arnScope(attributes);
    account ??= own.account;
    region ??= own.region;
    if (account !== null && region !== null) break;
  }
  return { account, region };
}

/** The place of an inventory or a resource, in words. */
function place(account: string, region: string): string {
  const parts = [account ? `account ${account}` : '', region && region !== '*' ? region : ''];
  return parts.filter((p) => p !== '').join(', ') || 'the input';
}

function sourceOf(adapter: Adapter): LiveSource {
  return adapter.source ?? 'config';
}

function byStackThenAddress(a: ResourceResult, b: ResourceResult): number {
  const sa = a.stack ?? '\uffff';
  const sb = b.stack ?? '\uffff';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const aa = a.address ?? `${a.resourceType}:${a.resourceId}`;
  const ab = b.address ?? `${b.resourceType}:${b.resourceId}`;
  return aa < ab ? -1 : aa > ab ? 1 : 0;
}

/**
 * Whether the item carries a configuration to compare. A `ResourceNotRecorded` item (the recorder stopped recording
 * its type) has none although the resource still exists: comparing it would report every attribute as removed.
 */
function hasConfiguration(item: ConfigItem): boolean {
  return item.configuration !== null;
}

function noConfigurationReason(item: ConfigItem): string {
  return `AWS Config recorded ${item.configurationItemStatus} with no configuration to compare`;
}

/** The provider `ignore_tags` of the resource that creates the live item (else of the first folded one). */
function providerIgnoredTags(g: Group): IgnoredTagKeys | undefined {
  return (g.primary ?? g.folded[0])?.ignoreTags;
}

/**
 * Compares live AWS Config items with the desired model. Indexes are built once here, so checkItem (the event
 * path) is a few map lookups and one comparison.
 */
export class DriftEngine {
  private readonly options: DriftOptions;
  private readonly ignore: DriftIgnore;
  private readonly included: ReadonlySet<string>;
  private readonly groups: Group[] = [];
  /** Groups by adapter, then by join key: several where stacks in different accounts or regions share a name. */
  private readonly byKey = new Map<Adapter, Map<string, Group[]>>();
  /** Groups by the `iac:stack` and `iac:address` tags' values: stack, then address (no key is built per item). */
  private readonly byTagAddress = new Map<string, Map<string, Group>>();
  private readonly bySourceAndType = new Map<LiveSource, Map<string, Adapter>>();
  /** Each adapter's family: the preferred adapter of its Terraform types first, then its fallbacks. */
  private readonly familyOf = new Map<Adapter, readonly Adapter[]>();
  /** The accounts and regions the checked stacks name: how unknowns are read when the input names none. */
  private readonly stackScopes = { accounts: new Set<string>(), regions: new Set<string>() };
  /** Whether every checked stack's account is known: only then can an item's account be said to have no stack. */
  private everyStackAccountKnown = true;
  /** How unknowns are read on the event path, where there is no input to go by. */
  private readonly eventResolution: ScopeResolution;
  private readonly notAdapted: ResourceResult[] = [];
  private readonly managedAddresses = new Map<string, DesiredResource>();
  /** Default VPCs seen in live items (by check, or by earlier checkItem calls on the event path). */
  private readonly defaultVpcIds = new Set<string>();

  constructor(desired: DesiredModel, state: StateModel | undefined, options: DriftOptions = {}) {
    this.options = options;
    this.ignore = options.ignore ?? DriftIgnore.empty();
    const names = desired.stacks.map((s) => s.name);
    for (const s of options.stacks ?? [])
      if (!names.includes(s))
        throw new DriftInputError(
          '--stack',
          '',
          `one of the stacks in the IaC (${names.join(', ')})`,
          `"${s}"`,
        );
    this.included = new Set(options.stacks && options.stacks.length > 0 ? options.stacks : names);
    const byTfType = new Map<string, Adapter>();
    const foldOf = new Map<string, { adapter: Adapter; parentAttributes: readonly string[] }>();
    for (const a of ADAPTERS) {
      const bySource = this.bySourceAndType.get(sourceOf(a)) ?? new Map<string, Adapter>();
      this.bySourceAndType.set(sourceOf(a), bySource);
      bySource.set(a.configType, a);
      // A fallback reads the resources of its preferred adapter: groups, keys and folds are the preferred one's.
      if (a.fallback) continue;
      for (const t of a.terraformTypes) byTfType.set(t, a);
      for (const f of a.folds) foldOf.set(f.type, { adapter: a, parentAttributes: f.parentAttributes });
    }
    for (const { adapter, preferred } of FALLBACK_ADAPTERS) {
      const family = [...this.family(preferred), adapter];
      for (const member of family) this.familyOf.set(member, family);
    }
    // Every stack's primary resources first, then the folded ones: a rule or policy in one stack may belong to a
    // security group or role of another (cross-stack references), whatever order the stacks come in.
    const perStack = desired.stacks.map((stack) => {
      const stackState = state?.stacks.get(stack.name);
      let fromState: Scope | undefined;
      return {
        stack,
        stackState,
        resolver: new Resolver(stack, stackState),
        primaries: new Map<string, Group>(),
        localKeys: new Map<string, Group>(),
        scopeOf: (r: DesiredResource, attributes: Readonly<Record<string, unknown>> | undefined): Scope => {
          if (r.account !== null && r.region !== null) return { account: r.account, region: r.region };
          const own = arnScope(attributes);
          const account = r.account ?? own.account;
          const region = r.region ?? own.region;
          if (account !== null && region !== null) return { account, region };
          fromState ??= stateScope(stackState);
          return { account: account ?? fromState.account, region: region ?? fromState.region };
        },
      };
    });
    for (const { stack, stackState, resolver, primaries, localKeys, scopeOf } of perStack) {
      for (const r of stack.resources) {
        this.managedAddresses.set(`${stack.name}${SEP}${r.address}`, r);
        const adapter = byTfType.get(r.type);
        if (!adapter) continue;
        for (const instance of this.instancesOf(r, stackState, adapter)) {
          const attrs = stackState?.resources.get(instance.address);
          const group: Group = {
            stack: stack.name,
            adapter,
            adapters: this.family(adapter),
            ...scopeOf(instance, attrs),
            primary: instance,
            folded: [],
            state: attrs,
            resolver,
          };
          primaries.set(instance.address, group);
          this.addGroup(group, localKeys);
        }
      }
    }
    for (const { stack, stackState, resolver, primaries, localKeys, scopeOf } of perStack) {
      const fold = (
        r: DesiredResource,
        spec: { adapter: Adapter; parentAttributes: readonly string[] },
      ): void =>
        this.fold(
          r,
          spec,
          primaries,
          localKeys,
          resolver,
          stackState,
          scopeOf(r, stackState?.resources.get(r.address)),
        );
      for (const r of stack.resources) {
        if (byTfType.has(r.type)) continue;
        const parts = r.type === 'aws_iam_policy_attachment' ? fanOutPolicyAttachment(r) : undefined;
        if (parts) {
          for (const part of parts) {
            const partFold = foldOf.get(part.type);
            if (partFold) fold(part, partFold);
          }
          continue;
        }
        const spec = foldOf.get(r.type);
        if (!spec) {
          if (r.type.startsWith('aws_'))
            this.notAdapted.push(this.notChecked(r, null, notAdaptedReason(r.type)));
          continue;
        }
        for (const instance of this.instancesOf(r, stackState, spec.adapter)) fold(instance, spec);
      }
    }
    for (const g of this.groups) {
      if (!this.included.has(g.stack)) continue;
      if (g.account !== null) this.stackScopes.accounts.add(g.account);
      else this.everyStackAccountKnown = false;
      if (g.region !== null && !g.adapter.global) this.stackScopes.regions.add(g.region);
    }
    this.eventResolution = new ScopeResolution({ accounts: new Set(), regions: new Set() }, this.stackScopes);
  }

  private adapterFor = (source: LiveSource, type: string): Adapter | undefined =>
    this.bySourceAndType.get(source)?.get(type);

  private family(adapter: Adapter): readonly Adapter[] {
    return this.familyOf.get(adapter) ?? [adapter];
  }

  /**
   * The instances of a resource: itself, or for count/for_each the instances the state lists (`aws_x.y[0]`,
   * `aws_x.y["k"]`). Without state they cannot be told apart: NOT_CHECKED.
   */
  private instancesOf(
    r: DesiredResource,
    stackState: StackState | undefined,
    adapter: Adapter,
  ): DesiredResource[] {
    if (!r.repeated) return [r];
    const prefix = `${r.address}[`;
    const addresses = [...(stackState?.resources.keys() ?? [])].filter((a) => a.startsWith(prefix));
    if (addresses.length === 0) {
      this.notAdapted.push(
        this.notChecked(
          r,
          adapter.configType,
          'count/for_each instances cannot be told apart without state',
          sourceOf(adapter),
        ),
      );
      return [];
    }
    return addresses.map((address) => ({ ...r, address }));
  }

  /** Attaches a folded resource to the group of its parent: by reference, by literal key, or by its own state. */
  private fold(
    r: DesiredResource,
    fold: { adapter: Adapter; parentAttributes: readonly string[] },
    primaries: Map<string, Group>,
    localKeys: Map<string, Group>,
    resolver: Resolver,
    stackState: StackState | undefined,
    scope: Scope,
  ): void {
    const raw = fold.parentAttributes.map((a) => r.values[a]).find((v) => v !== undefined);
    const ref = Resolver.referencedAddress(raw);
    let parent = ref ? primaries.get(ref) : undefined;
    if (parent && parent.adapter !== fold.adapter) parent = undefined;
    if (!parent) {
      let literal = resolver.resolve(raw);
      if (typeof literal !== 'string') {
        const own = stackState?.resources.get(r.address);
        literal = fold.parentAttributes.map((a) => own?.[a]).find((v) => typeof v === 'string');
      }
      if (typeof literal !== 'string') {
        const reason = `cannot tell which ${fold.adapter.configType} it belongs to without state`;
        this.notAdapted.push(this.notChecked(r, fold.adapter.configType, reason, sourceOf(fold.adapter)));
        return;
      }
      const key = `${sourceOf(fold.adapter)}${SEP}${fold.adapter.configType}${SEP}${literal}`;
      const found =
        localKeys.get(key) ??
        this.pick(this.byKey.get(fold.adapter)?.get(literal), scope.account, scope.region, fold.adapter);
      parent = found === AMBIGUOUS ? undefined : found;
      if (!parent) {
        // Settings on a resource the IaC does not create (a policy attached to an existing role).
        parent = {
          stack: r.stack,
          adapter: fold.adapter,
          adapters: this.family(fold.adapter),
          ...scope,
          primary: undefined,
          folded: [],
          state: undefined,
          resolver,
        };
        this.groups.push(parent);
        localKeys.set(key, parent);
        for (const adapter of parent.adapters) this.index(parent, adapter, literal);
      }
    }
    parent.folded.push(r);
  }

  private addGroup(group: Group, localKeys: Map<string, Group>): void {
    this.groups.push(group);
    const r = group.primary as DesiredResource;
    group.resolvedPrimary = group.resolver.resolve(r.values) as Record<string, unknown>;
    if (group.state) group.stateKeys = new Set(group.adapters.flatMap((a) => a.desiredKeys({}, group.state)));
    for (const adapter of group.adapters) {
      const prefix = `${sourceOf(adapter)}${SEP}${adapter.configType}${SEP}`;
      for (const k of adapter.desiredKeys(group.resolvedPrimary, group.state)) {
        this.index(group, adapter, k);
        localKeys.set(`${prefix}${k}`, group);
      }
    }
    let byAddress = this.byTagAddress.get(group.stack);
    if (!byAddress) this.byTagAddress.set(group.stack, (byAddress = new Map()));
    byAddress.set(r.address, group);
  }

  /** Files the group under an adapter's join key, after the groups already there (the first of one place wins). */
  private index(group: Group, adapter: Adapter, key: string): void {
    let byKey = this.byKey.get(adapter);
    if (!byKey) this.byKey.set(adapter, (byKey = new Map()));
    const groups = byKey.get(key);
    if (!groups) byKey.set(key, [group]);
    else if (!groups.includes(group)) groups.push(group);
  }

  /**
   * The group a live item in that account and region is, among those sharing a join key: the one that names the
   * most of the item's place (the account, then the region); AMBIGUOUS when groups in different places fit alike.
   */
  private pick(
    groups: readonly Group[] | undefined,
    account: string | null,
    region: string | null,
    adapter: Adapter,
  ): Group | typeof AMBIGUOUS | undefined {
    if (!groups) return undefined;
    const regional = !adapter.global;
    let best: Group | undefined;
    let bestScore = -1;
    let tie = false;
    for (const g of groups) {
      if (!sameOrUnknown(g.account, account) || (regional && !sameOrUnknown(g.region, region))) continue;
      const score =
        (g.account !== null && account !== null ? 2 : 0) +
        (regional && g.region !== null && region !== null ? 1 : 0);
      if (score > bestScore) {
        best = g;
        bestScore = score;
        tie = false;
      } else if (
        score === bestScore &&
        best !== undefined &&
        (g.account !== best.account || (regional && g.region !== best.region))
      )
        tie = true;
    }
    return tie ? AMBIGUOUS : best;
  }

  private notChecked(
    r: DesiredResource,
    resourceType: string | null,
    reason: string,
    source?: LiveSource,
  ): ResourceResult {
    return withPlace(
      {
        status: 'NOT_CHECKED',
        stack: r.stack,
        address: r.address,
        addresses: [r.address],
        constructPath: r.constructPath,
        resourceType,
        resourceId: null,
        differences: [],
        reason,
      },
      source,
      r.account,
      r.region,
    );
  }

  private findGroup(
    item: ConfigItem,
    adapter: Adapter,
    resolution: ScopeResolution,
  ): Group | typeof AMBIGUOUS | undefined {
    const account = resolution.matchAccount(item.accountId);
    const region = itemRegion(item);
    const stack = item.tags[IAC_STACK_TAG];
    const address = item.tags[IAC_ADDRESS_TAG];
    if (stack && address) {
      const g = this.byTagAddress.get(stack)?.get(address);
      // With state, the tags alone are not proof: "launch more like this" copies them onto a new resource.
      const copy =
        g?.stateKeys !== undefined &&
        g.stateKeys.size > 0 &&
        !adapter.liveKeys(item).some((k) => g.stateKeys?.has(k));
      // Nor in another account or region: the tags say which stack wrote it, not where it was copied to.
      const elsewhere =
        g !== undefined &&
        (!sameOrUnknown(g.account, account) || (!adapter.global && !sameOrUnknown(g.region, region)));
      if (g && g.adapters.includes(adapter) && !copy && !elsewhere) return g;
      if (g && copy) return undefined;
    }
    const byKey = this.byKey.get(adapter);
    if (!byKey) return undefined;
    for (const k of adapter.liveKeys(item)) {
      const g = this.pick(byKey.get(k), account, region, adapter);
      if (g) return g;
    }
    return undefined;
  }

  private expectedOf(g: Group, adapter: Adapter): Record<string, unknown> {
    const cached = g.expected?.get(adapter);
    if (cached) return cached;
    const primary = g.primary;
    const ic = primary?.ignoreChanges;
    let values: Record<string, unknown> = {};
    let ignoredTags: readonly string[] | 'all' = [];
    if (primary && ic !== 'all') {
      const applied = applyIgnoreChanges(
        g.resolvedPrimary ?? (g.resolver.resolve(primary.values) as Record<string, unknown>),
        ic ?? [],
      );
      values = applied.values;
      ignoredTags = applied.ignoredTags;
    }
    const folded: FoldedResource[] = g.folded
      .filter((f) => f.ignoreChanges !== 'all')
      .map((f) => ({
        type: f.type,
        address: f.address,
        values: applyIgnoreChanges(
          g.resolver.resolve(f.values) as Record<string, unknown>,
          f.ignoreChanges as readonly string[],
        ).values,
      }));
    const expected =
      primary && ic === 'all'
        ? {}
        : adapter.expected({
            values,
            ownsResource: primary !== undefined,
            folded,
            state: g.state,
            defaultTags: primary?.defaultTags ?? g.folded[0]?.defaultTags ?? {},
            ignoredTags,
            options: this.options,
          });
    const result = withoutIgnoredTags(expected, providerIgnoredTags(g));
    (g.expected ??= new Map()).set(adapter, result);
    return result;
  }

  private subject(
    g: Group | undefined,
    adapter: Adapter | undefined,
    item: ConfigItem | undefined,
  ): IgnoreSubject {
    const types: string[] = [];
    const ids: string[] = [];
    const first = g?.primary ?? g?.folded[0];
    if (first) types.push(first.type);
    else if (adapter) types.push(...adapter.terraformTypes);
    if (adapter) types.push(adapter.configType);
    if (item) ids.push(item.resourceId, ...(item.resourceName ? [item.resourceName] : []));
    const sid = g?.state?.['id'];
    if (typeof sid === 'string') ids.push(sid);
    if (first) ids.push(first.name, first.address);
    return { types, ids };
  }

  /** The result of a group compared (or not) through one of its adapters. */
  private result(
    g: Group,
    adapter: Adapter,
    status: DriftStatus,
    item: ConfigItem | undefined,
    reason: string | null,
    differences: ResourceResult['differences'] = [],
  ): ResourceResult {
    const folded = g.folded.length === 0 ? [] : g.folded.map((f) => f.address).sort();
    const first = g.primary ?? (g.folded.find((f) => f.address === folded[0]) as DesiredResource);
    const sid = g.state?.['id'];
    return withPlace(
      {
        status,
        stack: g.stack,
        address: first.address,
        addresses: g.primary ? [g.primary.address, ...folded] : folded,
        constructPath: first.constructPath,
        resourceType: adapter.configType,
        resourceId: item?.resourceId ?? (typeof sid === 'string' ? sid : null),
        differences,
        reason,
      },
      sourceOf(adapter),
      item?.accountId ?? g.account,
      item ? item.awsRegion : adapter.global ? 'global' : g.region,
    );
  }

  private compare(g: Group, adapter: Adapter, item: ConfigItem): ResourceResult {
    if (isDeletedItem(item))
      return this.result(g, adapter, 'DELETED', item, `AWS Config recorded ${item.configurationItemStatus}`);
    if (adapter.gone?.(item))
      return this.result(
        g,
        adapter,
        'DELETED',
        item,
        'the live item shows the resource deleted or terminated',
      );
    if (!hasConfiguration(item))
      return this.result(g, adapter, 'NOT_CHECKED', item, noConfigurationReason(item));
    const actual = withoutIgnoredTags(adapter.actual(item, this.options), providerIgnoredTags(g));
    let diffs = compareDocuments(this.expectedOf(g, adapter), actual);
    if (diffs.length > 0 && !this.ignore.isEmpty) {
      const subject = this.subject(g, adapter, item);
      diffs = diffs.filter((d) => !this.ignore.ignoresField(subject, d.path));
    }
    return this.result(g, adapter, diffs.length > 0 ? 'MODIFIED' : 'IN_SYNC', item, null, diffs);
  }

  private bare(item: ConfigItem, status: DriftStatus, reason: string | null): ResourceResult {
    return withPlace(
      {
        status,
        stack: null,
        address: null,
        addresses: [],
        constructPath: null,
        resourceType: item.resourceType,
        resourceId: item.resourceId,
        differences: [],
        reason,
      },
      item.source,
      item.accountId,
      item.awsRegion,
    );
  }

  /**
   * The result for one live item, or a reason it is left out of a full report (AWS defaults, resources launched
   * by a service, unselected stacks, ignored resources, deleted resources no stack manages).
   */
  private evaluate(
    item: ConfigItem,
    resolution: ScopeResolution,
  ): { result: ResourceResult; group?: Group; omit?: boolean } {
    const adapter = this.adapterFor(item.source, item.resourceType);
    if (!adapter) {
      const stack = item.tags[IAC_STACK_TAG];
      const address = item.tags[IAC_ADDRESS_TAG];
      const r = stack && address ? this.managedAddresses.get(`${stack}${SEP}${address}`) : undefined;
      const read = item.source === 'config' ? '' : ` read through ${item.source}`;
      const reason = `no adapter compares ${item.resourceType}${read}`;
      return r
        ? {
            result: { ...this.notChecked(r, item.resourceType, reason), resourceId: item.resourceId },
            omit: true,
          }
        : { result: this.bare(item, 'NOT_CHECKED', reason), omit: true };
    }
    const group = this.findGroup(item, adapter, resolution);
    if (group === AMBIGUOUS)
      return {
        result: this.bare(
          item,
          'NOT_CHECKED',
          `the item names no account, and stacks in several accounts or regions manage a ${item.resourceType} it matches: give its account (--account) to compare it`,
        ),
      };
    if (group) {
      if (!this.included.has(group.stack))
        return {
          result: this.result(group, adapter, 'NOT_CHECKED', item, `stack ${group.stack} is not selected`),
          group,
          omit: true,
        };
      if (!this.ignore.isEmpty && this.ignore.ignoresResource(this.subject(group, adapter, item)))
        return {
          result: this.result(group, adapter, 'NOT_CHECKED', item, 'ignored by .driftignore'),
          group,
          omit: true,
        };
      return { result: this.compare(group, adapter, item), group };
    }
    if (isDeletedItem(item))
      return { result: this.bare(item, 'NOT_CHECKED', 'deleted, and no stack manages it'), omit: true };
    // Without its configuration, an AWS default (the default VPC, a main route table) cannot be told apart.
    if (!hasConfiguration(item))
      return { result: this.bare(item, 'NOT_CHECKED', noConfigurationReason(item)), omit: true };
    if (adapter.gone?.(item))
      return {
        result: this.bare(item, 'NOT_CHECKED', 'deleted or terminated, and no stack manages it'),
        omit: true,
      };
    const service = adapter.createdByService?.(item);
    if (service)
      return { result: this.bare(item, 'NOT_CHECKED', `not managed directly: ${service}`), omit: true };
    const aws = this.options.strict
      ? undefined
      : adapter.awsDefault?.(item, { defaultVpcIds: this.defaultVpcIds });
    if (aws) return { result: this.bare(item, 'NOT_CHECKED', `AWS-created default: ${aws}`), omit: true };
    if (!this.ignore.isEmpty && this.ignore.ignoresResource(this.subject(undefined, adapter, item)))
      return { result: this.bare(item, 'NOT_CHECKED', 'ignored by .driftignore'), omit: true };
    // An aggregator or organization-wide input holds accounts the IaC does not deploy to: their resources are
    // outside its scope, not unmanaged by it.
    if (
      item.accountId !== null &&
      this.everyStackAccountKnown &&
      this.stackScopes.accounts.size > 0 &&
      !this.stackScopes.accounts.has(item.accountId)
    )
      return {
        result: this.bare(
          item,
          'NOT_CHECKED',
          `account ${item.accountId} is not one the checked stacks deploy to`,
        ),
        omit: true,
      };
    const filtered = this.options.stacks !== undefined && this.options.stacks.length > 0;
    return { result: this.bare(item, 'UNMANAGED', null), omit: filtered };
  }

  private learnDefaults(item: ConfigItem): void {
    const configuration = item.configuration as Record<string, unknown> | null | undefined;
    if (item.resourceType === 'AWS::EC2::VPC' && configuration?.['isDefault'] === true) {
      this.defaultVpcIds.add(item.resourceId);
    }
  }

  /** One changed item (the event path): the result for that live resource only. */
  checkItem(item: ConfigItem): ResourceResult {
    this.learnDefaults(item);
    return this.evaluate(item, this.eventResolution).result;
  }

  /**
   * Full comparison of a set of live items: also reports NOT_CHECKED and UNMANAGED resources, and DELETED ones where
   * a complete inventory (`inventories`, with `DriftOptions.inventories`) proves it or a ResourceDeleted item says so.
   */
  check(items: readonly ConfigItem[], inventories: readonly Inventory[] = []): DriftReport {
    const allInventories = [...(this.options.inventories ?? []), ...inventories];
    const input = { accounts: new Set<string>(), regions: new Set<string>() };
    let namesNoAccount = false;
    const note = (account: string | null, region: string | null): void => {
      if (account !== null) input.accounts.add(account);
      else namesNoAccount = true;
      if (region !== null && region !== 'global') input.regions.add(region);
    };
    for (const inventory of allInventories) note(inventory.accountId, inventory.region);
    for (const item of items) note(item.accountId, item.awsRegion);
    const resolution = new ScopeResolution(input, this.stackScopes);
    const latest = latestItems(items, resolution);
    for (const item of latest) this.learnDefaults(item);
    const resources: ResourceResult[] = [];
    // A resource read by several sources is reported once, compared through the most preferred source that has an
    // item of it; so is one that no stack manages.
    const seen = new Set<Group>();
    const byGroup = new Map<Group, { rank: number; results: ResourceResult[] }>();
    const unmanaged = new UnmanagedResults();
    for (const item of latest) {
      // Items of types no adapter compares never appear in a full report: skip them before any work.
      const adapter = this.adapterFor(item.source, item.resourceType);
      if (!adapter) continue;
      const { result, group, omit } = this.evaluate(item, resolution);
      // Preference: a source that compared it before one that could not (an item without configuration), then the
      // family's order.
      const family = this.family(adapter);
      const rank = family.indexOf(adapter) + (result.status === 'NOT_CHECKED' ? family.length : 0);
      if (omit && group) seen.add(group);
      if (omit) continue;
      if (family.length === 1) {
        // One source reads the type (most types): nothing to choose between.
        if (group) seen.add(group);
        resources.push(result);
      } else if (group) {
        const kept = byGroup.get(group);
        if (!kept || rank < kept.rank) byGroup.set(group, { rank, results: [result] });
        else if (rank === kept.rank) kept.results.push(result);
      } else {
        const place = `${resolution.matchAccount(item.accountId) ?? ''}${SEP}${itemRegion(item) ?? ''}`;
        unmanaged.add(result, rank, family[0] as Adapter, place, adapter.liveKeys(item));
      }
    }
    for (const { results } of byGroup.values()) resources.push(...results);
    resources.push(...unmanaged.results());
    const coverage = new InventoryCoverage(allInventories, latest, ADAPTERS, this.adapterFor, resolution);
    const inputNames = (account: string): boolean =>
      input.accounts.has(account) || (namesNoAccount && resolution.account(null) === account);
    for (const g of this.groups) {
      if (seen.has(g) || byGroup.has(g) || !this.included.has(g.stack)) continue;
      if (this.ignore.ignoresResource(this.subject(g, g.adapter, undefined))) continue;
      resources.push(this.missing(g, coverage, resolution, inputNames));
    }
    for (const r of this.notAdapted) if (r.stack !== null && this.included.has(r.stack)) resources.push(r);
    resources.sort(byStackThenAddress);
    return { schemaVersion: 1, summary: summarize(resources), resources };
  }

  /**
   * A managed resource no live item matched: DELETED only when a complete inventory of its type, by one of the
   * sources that read it, covers where it lives; otherwise NOT_CHECKED, saying what is missing.
   */
  private missing(
    g: Group,
    coverage: InventoryCoverage,
    resolution: ScopeResolution,
    inputNames: (account: string) => boolean,
  ): ResourceResult {
    for (const adapter of g.adapters) {
      const covered = coverage.coverage(adapter, g.account, g.region);
      if (covered && (adapter.inInventory?.(g.resolvedPrimary ?? {}) ?? true))
        return this.result(
          g,
          adapter,
          'DELETED',
          undefined,
          `no ${adapter.configType} item for it in the complete inventory of ${place(covered.account, covered.region)}`,
        );
    }
    const notChecked = (reason: string): ResourceResult =>
      this.result(g, g.adapter, 'NOT_CHECKED', undefined, reason);
    const account = resolution.account(g.account);
    if (account === undefined)
      return notChecked(
        `its account is not known (no allowed_account_ids or assume_role on its provider, no ARN in its state) and several accounts are in scope: no inventory can prove it deleted`,
      );
    if (account !== '' && !inputNames(account)) return notChecked(`no live input for account ${account}`);
    const region = g.adapter.global ? '*' : resolution.region(g.region);
    if (region === undefined)
      return notChecked(
        `its region is not known (no region on its provider, no ARN in its state) and several regions are in scope: no inventory can prove it deleted`,
      );
    const types = [...new Set(g.adapters.map((a) => a.configType))].join(' or ');
    const sources = g.adapters.map(sourceOf).join(' or ');
    return notChecked(
      `no complete inventory of ${types} in ${place(account, region)} (${sources}): a partial input proves nothing about absent resources`,
    );
  }
}

/**
 * Results for live items no stack manages, of types several sources read: one per live resource, items of one
 * resource (the same family of adapters, the same place, a join key in common) giving the most preferred source's.
 */
class UnmanagedResults {
  private readonly entries: { result: ResourceResult; rank: number; keys: string[] }[] = [];

  add(result: ResourceResult, rank: number, family: Adapter, place: string, keys: readonly string[]): void {
    const prefix = `${family.configType}${SEP}${sourceOf(family)}${SEP}${place}${SEP}`;
    this.entries.push({ result, rank, keys: keys.map((k) => `${prefix}${k}`) });
  }

  results(): ResourceResult[] {
    const taken = new Set<string>();
    const out: ResourceResult[] = [];
    for (const e of [...this.entries].sort((a, b) => a.rank - b.rank)) {
      if (e.rank > 0 && e.keys.some((k) => taken.has(k))) continue;
      for (const k of e.keys) taken.add(k);
      out.push(e.result);
    }
    return out;
  }
}

/** The source, account and region of a result, each only where known (the report leaves unknowns out). */
function withPlace(
  result: ResourceResult,
  source: LiveSource | undefined,
  account: string | null,
  region: string | null,
): ResourceResult {
  if (source !== undefined) result.source = source;
  if (account !== null) result.account = account;
  if (region !== null) result.region = region;
  return result;
}

/** Why an AWS resource type is not compared: said precisely where the reason is known. */
const NOT_ADAPTED: Readonly<Record<string, string>> = {
  aws_secretsmanager_secret_version: 'AWS Config does not record secret values',
  aws_s3_object: 'AWS Config does not record S3 objects',
  aws_s3_bucket_notification: 'bucket notifications are not compared yet',
  aws_iam_group_membership:
    'AWS Config records membership on AWS::IAM::User items; use aws_iam_user_group_membership',
};

function notAdaptedReason(type: string): string {
  return `no adapter compares ${type}: ${NOT_ADAPTED[type] ?? 'its AWS Config type is not adapted'}`;
}

function fraction(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 10000) / 10000;
}

/**
 * The counts, the coverage (checked managed resources / managed resources) and the coverage per live source:
 * of the managed resources that source's adapters compare, the share that was checked.
 */
export function summarize(resources: readonly ResourceResult[]): DriftReport['summary'] {
  // One pass: a sweep summarizes every shard's thousands of results.
  const counts: Record<DriftStatus, number> = {
    IN_SYNC: 0,
    MODIFIED: 0,
    DELETED: 0,
    UNMANAGED: 0,
    NOT_CHECKED: 0,
  };
  let managed = 0;
  let checked = 0;
  const bySource = new Map<LiveSource, { managed: number; checked: number }>();
  for (const r of resources) {
    // A status outside the schema (a hand-edited shard result) counts in the total only.
    if (Object.hasOwn(counts, r.status)) counts[r.status]++;
    if (r.stack === null) continue;
    managed++;
    if (r.status !== 'NOT_CHECKED') checked++;
    if (r.source === undefined) continue;
    const tally = bySource.get(r.source) ?? { managed: 0, checked: 0 };
    bySource.set(r.source, tally);
    tally.managed++;
    if (r.status !== 'NOT_CHECKED') tally.checked++;
  }
  return {
    total: resources.length,
    inSync: counts.IN_SYNC,
    modified: counts.MODIFIED,
    deleted: counts.DELETED,
    unmanaged: counts.UNMANAGED,
    notChecked: counts.NOT_CHECKED,
    coverage: fraction(checked, managed),
    ...(bySource.size > 0 && {
      coverageBySource: Object.fromEntries(
        [...bySource].map(([source, t]) => [source, fraction(t.checked, t.managed)]),
      ),
    }),
  };
}
