// The production engine: @groundwork/drift behind the handler's narrow port.
import {
  ADAPTED_RESOURCE_TYPES,
  ConfigItem,
  DriftEngine,
  EventFormConfigurationItem,
  fromApiItem,
  parseIac,
  parseStates,
} from '@groundwork/drift';
import type { DriftChecks, DriftEnginePort, LiveItem, LoadedFile } from './engine-port';

export const groundworkDriftEngine: DriftEnginePort = {
  adaptedResourceTypes: ADAPTED_RESOURCE_TYPES,
  // The engine reads both the event form and the API form of an item.
  fromEventItem: (item: EventFormConfigurationItem, source: string) => fromApiItem(item, source),
  fromApiItem: (item: unknown, source: string) => fromApiItem(item, source),
  createChecks(iac: LoadedFile[], states: LoadedFile[], options): DriftChecks {
    const desired = parseIac(iac);
    const state = states.length ? parseStates(states, desired) : undefined;
    const engine = new DriftEngine(desired, state, { recordedTypes: [...options.recordedTypes] });
    return {
      checkItem: (item: LiveItem) => engine.checkItem(item as ConfigItem),
      check: (items: LiveItem[]) => engine.check(items as ConfigItem[]),
    };
  },
};
