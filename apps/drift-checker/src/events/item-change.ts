// A changed item that arrived in full: from a rule invocation (compliance) or from EventBridge (alerts).
import type { ItemChangeEvent } from '@groundwork/drift';
import type { InvocationContext } from '../invocation/context';
import { liveContextOfEventItem } from '../invocation/live-context';
import type { InvocationOutcome } from '../invocation/outcome';
import { checkOneItem } from './one-item';

export function onItemChange(
  context: InvocationContext,
  event: ItemChangeEvent,
  source: string,
): Promise<InvocationOutcome> {
  const { item } = event;
  return checkOneItem(context, event.rule, liveContextOfEventItem(item), item.configurationItemStatus, () =>
    context.deps.engine.fromEventItem(item, source),
  );
}
