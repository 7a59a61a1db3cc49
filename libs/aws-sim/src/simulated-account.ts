import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppliedResource } from './apply/applied-resource';
import { stateFile } from './apply/state-file';
import { applyStacks, readSynthStacks } from './apply/terraform-apply';
import type { ConfigItem, RecorderContext } from './config/config-item';
import { awsNoise, recordApplied } from './config/recorder';
import type { CloudControlResource } from './live/cloud-control-resource';
import type { DirectRead } from './live/direct-read';
import { readCloudControl, readDirect } from './live/live-reader';
import { SimulatedIds } from './simulated-ids';

/** An AWS account after `terraform apply` of every stack, as Terraform state and AWS Config see it. */
export interface SimulatedAccount {
  /** Managed resources per stack, in apply order. */
  readonly applied: ReadonlyMap<string, readonly AppliedResource[]>;
  /** Terraform state (format 4) per stack. */
  readonly states: Readonly<Record<string, object>>;
  /** Every configuration item the recorder holds, managed resources and AWS's own. */
  readonly items: ConfigItem[];
  /** Every resource AWS Cloud Control reads of the types Config does not record, managed and AWS's own. */
  readonly cloudControl: CloudControlResource[];
  /** The direct reads of what neither Config nor Cloud Control reads (password policy, delivery channel, ...). */
  readonly direct: DirectRead[];
}

export interface SimulateOptions {
  /** The account the stacks are applied to. */
  readonly account: string;
  readonly region: string;
  /** Seed of the generated ids: the same seed gives the same account. @default 'groundwork-e2e' */
  readonly seed?: string;
  /** Only these stacks (others in `iacDir` are not applied). @default every stack */
  readonly stacks?: readonly string[];
  /** configurationItemCaptureTime of every item. @default '2026-11-27T08:00:00.000Z' */
  readonly captureTime?: string;
}

/**
 * Applies the synthesized stacks in `iacDir` to a fresh simulated account, the way the Terraform provider and
 * AWS would: realistic ids, Terraform state (format 4) per stack, AWS Config items with AWS's own resources, and
 * what Cloud Control and direct reads return for the types Config does not record.
 */
export function simulateAccount(iacDir: string, options: SimulateOptions): SimulatedAccount {
  const ids = new SimulatedIds(options.seed ?? 'groundwork-e2e');
  const stacks = readSynthStacks(iacDir).filter((s) => !options.stacks || options.stacks.includes(s.name));
  const stacksApplied = applyStacks(stacks, { account: options.account, region: options.region, ids });
  const applied = new Map([...stacksApplied].map(([name, s]) => [name, s.resources]));
  const ctx: RecorderContext = {
    account: options.account,
    region: options.region,
    ids,
    captureTime: options.captureTime ?? '2026-11-27T08:00:00.000Z',
  };
  const all = [...applied.values()].flat();
  const items = [...recordApplied(all, ctx), ...awsNoise(all, ctx)];
  const states = Object.fromEntries([...stacksApplied].map(([stack, s]) => [stack, stateFile(s, ids)]));
  return { applied, states, items, cloudControl: readCloudControl(all, ctx), direct: readDirect(all, ctx) };
}

/** The resource applied for a construct path, e.g. `platform/compute/bastion`. */
export function appliedAt(account: SimulatedAccount, constructPath: string): AppliedResource {
  const found = [...account.applied.values()].flat().find((r) => r.constructPath === constructPath);
  if (!found) throw new Error(`no applied resource at ${constructPath}`);
  return found;
}

/**
 * The configuration item recorded for the managed resource at a construct path: matched by the ids Config uses
 * as resourceId (id, ARN, IAM unique id, RDS resource id, bucket, function name), then by name.
 */
export function itemAt(
  items: readonly ConfigItem[],
  account: SimulatedAccount,
  constructPath: string,
): ConfigItem {
  const a = appliedAt(account, constructPath).attrs;
  const ids = [a.id, a.arn, a.unique_id, a.resource_id, a.bucket, a.function_name]
    .filter(Boolean)
    .map(String);
  const found =
    items.find((i) => ids.includes(String(i.resourceId))) ??
    (a.name === undefined ? undefined : items.find((i) => i.resourceName === a.name));
  if (!found) throw new Error(`no configuration item for ${constructPath} (${ids.join(', ')})`);
  return found;
}

/**
 * The Cloud Control resource read for the managed resource at a construct path: the one whose primary identifier is
 * its id, ARN or name (log groups and parameter groups are identified by name, Organizations' types by id).
 */
export function cloudControlAt(
  resources: readonly CloudControlResource[],
  account: SimulatedAccount,
  constructPath: string,
): CloudControlResource {
  const a = appliedAt(account, constructPath).attrs;
  const ids = [a.id, a.arn, a.name].filter(Boolean).map(String);
  const found = resources.find((r) => ids.includes(r.identifier));
  if (!found) throw new Error(`no Cloud Control resource for ${constructPath} (${ids.join(', ')})`);
  return found;
}

/** A Config snapshot file, as AWS Config delivers it to S3. */
export function snapshotFile(items: readonly ConfigItem[]): object {
  return {
    fileVersion: '1.0',
    configSnapshotId: '7b8e4f0a-3c2d-4e5f-9a1b-2c3d4e5f6a7b',
    configurationItems: items,
  };
}

/**
 * The files of an account, by path relative to its directory: `state/<stack>.tfstate` per stack and
 * `snapshot.json` (compact unless `pretty`, as Config delivers it).
 */
export function accountFiles(
  account: SimulatedAccount,
  items: readonly ConfigItem[],
  options: { readonly pretty?: boolean } = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [stack, content] of Object.entries(account.states)) {
    files[`state/${stack}.tfstate`] = `${JSON.stringify(content, null, 2)}\n`;
  }
  files['snapshot.json'] = options.pretty
    ? `${JSON.stringify(snapshotFile(items), null, 2)}\n`
    : JSON.stringify(snapshotFile(items));
  return files;
}

/** Writes `state/<stack>.tfstate` and `snapshot.json` under `dir`. */
export function writeAccount(
  account: SimulatedAccount,
  items: readonly ConfigItem[],
  dir: string,
): { state: string; snapshot: string } {
  for (const [path, content] of Object.entries(accountFiles(account, items))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { state: join(dir, 'state'), snapshot: join(dir, 'snapshot.json') };
}
