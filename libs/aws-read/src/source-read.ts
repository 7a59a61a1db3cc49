// What reading one live source gives: declared inventories of what it read, and what it could not read in full.
import type { InventoryEnvelope } from '@groundwork/drift';

/** A type a source could not read in full, and why: it proves nothing about resources missing from the input. */
export interface IncompleteType {
  readonly resourceType: string;
  readonly reason: string;
}

export interface SourceRead {
  /**
   * What was read, per place (region, or "global"): each a declared inventory of the types listed in full there, its
   * items in the forms @groundwork/drift reads (what `--save` writes). Items of incomplete types are kept: single
   * reads still compare, they only prove nothing about other resources.
   */
  readonly envelopes: InventoryEnvelope[];
  readonly incomplete: IncompleteType[];
}
