// The production engine: @groundwork/drift behind the handler's narrow port.
import {
  ADAPTED_RESOURCE_TYPES,
  ConfigItem,
  DriftEngine,
  EventFormConfigurationItem,
  fromApiItem,
  type Inventory,
  parseIac,
  parseStates,
} from '@groundwork/drift';
import type { DriftChecks, DriftEnginePort, LiveItem, LoadedFile } from './engine-port';

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

export const groundworkDriftEngine: DriftEnginePort = {
  adaptedResourceTypes: ADAPTED_RESOURCE_TYPES,
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
      check: (items: LiveItem[]) => engine.check(items as ConfigItem[], [SWEEP_INVENTORY]),
    };
  },
};
