// Resources made by hand in the simulated account, outside any stack: created as the provider would create them and
// recorded by AWS Config like any other, but in no Terraform state. Drift reports them UNMANAGED.
import { applyStacks } from './apply/terraform-apply';
import type { Attrs } from './apply/applied-resource';
import type { ConfigItem, RecorderContext } from './config/config-item';
import { recordApplied } from './config/recorder';
import { SimulatedIds } from './simulated-ids';

/** One resource made by hand, described with its Terraform type and arguments (references to the others allowed). */
export interface HandMadeResource {
  readonly type: string;
  /** A name for references between hand-made resources (`${aws_s3_bucket.legacy.bucket}`). */
  readonly name: string;
  readonly values: Attrs;
}

export interface HandMadeOptions {
  readonly account: string;
  readonly region: string;
  /** Seed of their ids, apart from the account's sequence. @default 'by-hand' */
  readonly seed?: string;
  /** configurationItemCaptureTime of their items. @default '2026-11-27T08:00:00.000Z' */
  readonly captureTime?: string;
}

/** The configuration items AWS Config records for resources made by hand. */
export function handMadeItems(
  resources: readonly HandMadeResource[],
  options: HandMadeOptions,
): ConfigItem[] {
  const ids = new SimulatedIds(`${options.seed ?? 'by-hand'}:hand-made`);
  const resource: Record<string, Record<string, Attrs>> = {};
  for (const r of resources) (resource[r.type] ??= {})[r.name] = r.values;
  const applied = applyStacks([{ name: 'by-hand', json: { resource } }], {
    account: options.account,
    region: options.region,
    ids,
  });
  const ctx: RecorderContext = {
    account: options.account,
    region: options.region,
    ids,
    captureTime: options.captureTime ?? '2026-11-27T08:00:00.000Z',
  };
  return recordApplied(applied.get('by-hand')?.resources ?? [], ctx);
}
