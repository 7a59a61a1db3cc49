// A small, predictable stand-in for @groundwork/drift, for tests of the handler's paths and sinks: the desired
// state is a map of resource id to expected top-level configuration values, compared with ===.
import type { Difference, DriftReport, ResourceResult } from '@groundwork/drift';
import type {
  DriftChecks,
  DriftEnginePort,
  GoneResource,
  LoadedFile,
  ReadItem,
  ReadLive,
  ReadPlace,
} from '../engine-port';
import type { EventFormConfigurationItem } from '@groundwork/drift';

export interface FakeDesired {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly stack: string;
  readonly address: string;
  readonly expected: Readonly<Record<string, unknown>>;
}

interface FakeLive {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly deleted: boolean;
  readonly configuration: Record<string, unknown>;
}

function result(partial: Partial<ResourceResult> & Pick<ResourceResult, 'status'>): ResourceResult {
  return {
    stack: null,
    address: null,
    addresses: [],
    constructPath: null,
    resourceType: null,
    resourceId: null,
    differences: [],
    reason: null,
    ...partial,
  };
}

export class FakeChecks implements DriftChecks {
  readonly byId: Map<string, FakeDesired>;
  checkItemCalls = 0;
  /** The inventories each sweep passed. */
  readonly inventoriesChecked: (readonly unknown[])[] = [];

  constructor(readonly desired: readonly FakeDesired[]) {
    this.byId = new Map(desired.map((d) => [d.resourceId, d]));
  }

  checkItem(item: unknown): ResourceResult {
    this.checkItemCalls++;
    const live = item as FakeLive;
    const want = this.byId.get(live.resourceId);
    const base = { resourceType: live.resourceType, resourceId: live.resourceId };
    if (!want || want.resourceType !== live.resourceType) return result({ ...base, status: 'UNMANAGED' });
    const owned = {
      ...base,
      stack: want.stack,
      address: want.address,
      addresses: [want.address],
      constructPath: `${want.stack}/${want.address}`,
    };
    if (live.deleted) return result({ ...owned, status: 'DELETED' });
    const differences: Difference[] = Object.entries(want.expected).flatMap(([path, expected]) => {
      const actual = live.configuration[path];
      if (actual === expected) return [];
      return [{ path, expected, actual, type: actual === undefined ? 'REMOVE' : 'NOT_EQUAL' } as Difference];
    });
    return result({ ...owned, status: differences.length ? 'MODIFIED' : 'IN_SYNC', differences });
  }

  check(items: unknown[], inventories: readonly unknown[] = []): DriftReport {
    this.inventoriesChecked.push(inventories);
    const resources = items.map((i) => this.checkItem(i));
    const seen = new Set((items as FakeLive[]).map((i) => i.resourceId));
    for (const d of this.desired)
      if (!seen.has(d.resourceId))
        resources.push(
          result({
            status: 'DELETED',
            stack: d.stack,
            address: d.address,
            addresses: [d.address],
            resourceType: d.resourceType,
            resourceId: d.resourceId,
          }),
        );
    const countOf = (s: ResourceResult['status']) => resources.filter((r) => r.status === s).length;
    return {
      schemaVersion: 1,
      summary: {
        total: resources.length,
        inSync: countOf('IN_SYNC'),
        modified: countOf('MODIFIED'),
        deleted: countOf('DELETED'),
        unmanaged: countOf('UNMANAGED'),
        notChecked: countOf('NOT_CHECKED'),
        coverage: 1,
      },
      resources,
    };
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function fakeRead(live: FakeLive, place: ReadPlace): ReadItem {
  return {
    item: live,
    status: live.deleted ? 'ResourceDeleted' : 'OK',
    live: {
      resourceType: live.resourceType,
      resourceId: live.resourceId,
      accountId: place.accountId,
      region: place.region,
      capturedAt: place.readAt,
    },
  };
}

export class FakeEngine implements DriftEnginePort {
  readonly adaptedResourceTypes: readonly string[];
  built: { iac: LoadedFile[]; states: LoadedFile[] }[] = [];

  constructor(
    readonly checks: FakeChecks,
    adaptedResourceTypes: readonly string[] = ['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket'],
    readonly liveTargets: DriftEnginePort['liveTargets'] = { cloudcontrol: [], direct: [] },
  ) {
    this.adaptedResourceTypes = adaptedResourceTypes;
  }

  /**
   * Reads Cloud Control GetResource outputs (`TypeName`, `ResourceDescription.Identifier`, `Properties` as a JSON
   * string), IAM's `{PasswordPolicy}` (named by the account), arrays of them, and inventory envelopes.
   */
  readLive(json: unknown, source: string, place: ReadPlace): ReadLive {
    if (Array.isArray(json)) {
      const parts = json.map((j) => this.readLive(j, source, place));
      return { items: parts.flatMap((p) => p.items), inventories: parts.flatMap((p) => p.inventories) };
    }
    const o = asRecord(json);
    if (o.groundworkInventory) {
      const inner = this.readLive(o.items, source, place);
      return { items: inner.items, inventories: [o.groundworkInventory, ...inner.inventories] };
    }
    if (typeof o.TypeName === 'string') {
      const description = asRecord(o.ResourceDescription);
      if (typeof description.Properties !== 'string')
        throw new Error(`${source}: Properties must be a string`);
      const live: FakeLive = {
        resourceType: o.TypeName,
        resourceId: String(description.Identifier),
        deleted: false,
        configuration: asRecord(JSON.parse(description.Properties)),
      };
      return { items: [fakeRead(live, place)], inventories: [] };
    }
    if (o.PasswordPolicy) {
      const live: FakeLive = {
        resourceType: 'AWS::IAM::AccountPasswordPolicy',
        resourceId: String(place.accountId),
        deleted: false,
        configuration: asRecord(o.PasswordPolicy),
      };
      return { items: [fakeRead(live, place)], inventories: [] };
    }
    throw new Error(`${source}: not a form the fake engine reads`);
  }

  goneItem(resource: GoneResource, place: ReadPlace): ReadItem {
    return fakeRead({ ...resource, deleted: true, configuration: {} }, place);
  }

  fromEventItem(item: EventFormConfigurationItem): FakeLive {
    return {
      resourceType: item.resourceType,
      resourceId: item.resourceId,
      deleted: item.configurationItemStatus === 'ResourceDeleted',
      configuration: asRecord(item.configuration),
    };
  }

  fromApiItem(item: unknown): FakeLive {
    const raw = item as Record<string, unknown>;
    if (typeof raw?.configuration !== 'string')
      throw new Error('API-form configuration must be a JSON string');
    return {
      resourceType: String(raw.resourceType),
      resourceId: String(raw.resourceId),
      deleted: raw.configurationItemStatus === 'ResourceDeleted',
      configuration: asRecord(JSON.parse(raw.configuration)),
    };
  }

  createChecks(iac: LoadedFile[], states: LoadedFile[]): DriftChecks {
    this.built.push({ iac, states });
    return this.checks;
  }
}
