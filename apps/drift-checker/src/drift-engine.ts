// The production engine: @groundwork/drift behind the handler's narrow port.
import { adaptedTargets } from '@groundwork/aws-read';
import {
  ADAPTED_RESOURCE_TYPES,
  ConfigItem,
  DriftEngine,
  EventFormConfigurationItem,
  fromApiItem,
  type Inventory,
  parseIac,
  parseLive,
  parseStates,
} from '@groundwork/drift';
import type { DriftChecks, DriftEnginePort, LiveItem, LoadedFile, ReadItem, ReadPlace } from './engine-port';

/**
 * The sweep lists every item of the swept types its recorder records, in the function's own account and region:
 * a complete inventory of each type it finds items of (account and region null: the one in scope).
 */
const SWEEP_INVENTORY: Inventory = {
  source: 'config',
  accountId: null,
  region: null,
  resourceTypes: 'all-recorded',
};

function readItem(item: ConfigItem, place: ReadPlace): ReadItem {
  return {
    item,
    status: item.configurationItemStatus,
    live: {
      resourceType: item.resourceType,
      resourceId: item.resourceId,
      resourceName: item.resourceName,
      arn: item.arn,
      accountId: item.accountId ?? place.accountId,
      region: item.awsRegion ?? place.region,
      capturedAt: item.configurationItemCaptureTime ?? place.readAt,
    },
  };
}

export const groundworkDriftEngine: DriftEnginePort = {
  adaptedResourceTypes: ADAPTED_RESOURCE_TYPES,
  liveTargets: { cloudcontrol: adaptedTargets('cloudcontrol'), direct: adaptedTargets('direct') },
  readLive(json, source, place) {
    const input = parseLive(json, source, {
      ...(place.accountId !== null && { accountId: place.accountId }),
      ...(place.region !== null && { region: place.region }),
    });
    return { items: input.items.map((item) => readItem(item, place)), inventories: input.inventories };
  },
  goneItem(resource, place) {
    const item: ConfigItem = {
      ...resource,
      resourceName: null,
      arn: null,
      awsRegion: place.region,
      accountId: place.accountId,
      configurationItemStatus: 'ResourceDeleted',
      configurationItemCaptureTime: place.readAt,
      configurationStateId: null,
      configuration: null,
      supplementaryConfiguration: {},
      tags: {},
      tagsRecorded: false,
      relationships: [],
    };
    return readItem(item, place);
  },
  // The engine reads both the event form and the API form of an item.
  fromEventItem: (item: EventFormConfigurationItem, source: string) => fromApiItem(item, source),
  fromApiItem: (item: unknown, source: string) => fromApiItem(item, source),
  createChecks(iac: LoadedFile[], states: LoadedFile[], options): DriftChecks {
    const desired = parseIac(iac);
    const state = states.length ? parseStates(states, desired) : undefined;
    // The types the recorder records, whether or not the sweep finds items of them.
    const recorder: Inventory = { ...SWEEP_INVENTORY, resourceTypes: [...options.recordedTypes] };
    const engine = new DriftEngine(desired, state, {
      inventories: options.recordedTypes.length > 0 ? [recorder] : [],
    });
    return {
      checkItem: (item: LiveItem) => engine.checkItem(item as ConfigItem),
      check: (items: LiveItem[], inventories: readonly unknown[] = []) =>
        engine.check(items as ConfigItem[], [SWEEP_INVENTORY, ...(inventories as Inventory[])]),
    };
  },
};
