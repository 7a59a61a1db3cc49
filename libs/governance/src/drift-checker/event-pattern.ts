// EventBridge pattern for AWS Config's change events, scoped to the resource types the drift engine compares.
import { CONFIG_ITEM_CHANGE_DETAIL_TYPE } from '@groundwork/drift';

export function configChangePattern(resourceTypes: readonly string[]): Record<string, unknown> {
  return {
    source: ['aws.config'],
    'detail-type': [CONFIG_ITEM_CHANGE_DETAIL_TYPE],
    detail: {
      // Full items carry the type under configurationItem, oversized ones under configurationItemSummary.
      $or: [
        {
          messageType: ['ConfigurationItemChangeNotification'],
          configurationItem: { resourceType: [...resourceTypes] },
        },
        {
          messageType: ['OversizedConfigurationItemChangeNotification'],
          configurationItemSummary: { resourceType: [...resourceTypes] },
        },
      ],
    },
  };
}
