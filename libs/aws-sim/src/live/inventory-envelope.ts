// A declared inventory: items of one source, account and region, with the statement that they are every resource of
// the listed types there (what the drift checker's sweep and the live mode's --save write). Only such a statement
// lets the drift engine call a managed resource missing from the input deleted.

export interface InventoryEnvelope {
  readonly groundworkInventory: {
    readonly source: 'cloudcontrol' | 'direct';
    readonly accountId: string;
    readonly region: string;
    readonly resourceTypes: string[];
  };
  readonly items: object[];
}

export function inventoryEnvelope(
  source: 'cloudcontrol' | 'direct',
  accountId: string,
  region: string,
  resourceTypes: readonly string[],
  items: object[],
): InventoryEnvelope {
  return {
    groundworkInventory: { source, accountId, region, resourceTypes: [...new Set(resourceTypes)].sort() },
    items,
  };
}
