// The live configuration of the resources to codify: from a file in any form AWS Config produces, or from the AWS
// Config API one resource at a time (GetResourceConfigHistory, limit 1): codify needs a few items, not the account.
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import {
  DriftInputError,
  fromApiItem,
  parseLive,
  type ConfigItem,
  type ResourceResult,
} from '@groundwork/drift';
import { UsageError } from '../command';
import { readDeliveredFile } from '../drift/read-delivered-file';

export type LiveItemsSource =
  | { readonly kind: 'snapshot'; readonly file: string }
  | { readonly kind: 'config'; readonly region?: string };

export interface LiveItemsDeps {
  readonly configClient?: (region: string | undefined) => ConfigServiceClient;
}

const key = (type: string | null, id: string | null) => `${type}\u0000${id}`;

/** The newest live item of each finding, by finding; findings Config has no item for are left out. */
export async function liveItemsFor(
  findings: readonly ResourceResult[],
  source: LiveItemsSource,
  deps: LiveItemsDeps = {},
): Promise<Map<ResourceResult, ConfigItem>> {
  const wanted = new Set(findings.map((f) => key(f.resourceType, f.resourceId)));
  const out = new Map<ResourceResult, ConfigItem>();
  const take = (items: readonly ConfigItem[]) => {
    const latest = new Map<string, ConfigItem>();
    for (const item of items) {
      const k = key(item.resourceType, item.resourceId);
      const prev = latest.get(k);
      if (
        wanted.has(k) &&
        (!prev || (item.configurationItemCaptureTime ?? '') > (prev.configurationItemCaptureTime ?? ''))
      )
        latest.set(k, item);
    }
    for (const f of findings) {
      const item = latest.get(key(f.resourceType, f.resourceId));
      if (item) out.set(f, item);
    }
  };
  if (source.kind === 'snapshot') {
    const content = readDeliveredFile(source.file);
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (err) {
      throw new DriftInputError(
        source.file,
        '',
        'valid JSON (a Config snapshot, items or an event)',
        (err as Error).message,
      );
    }
    take(parseLive(json, source.file).items);
    return out;
  }
  const [{ ConfigServiceClient }, { adaptiveRetry, describeAwsError, latestItem }] = await Promise.all([
    import('@aws-sdk/client-config-service'),
    import('@groundwork/aws-read'),
  ]);
  const region = source.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  const client = deps.configClient?.(region) ?? new ConfigServiceClient({ region, ...adaptiveRetry(8) });
  const items: ConfigItem[] = [];
  for (const f of findings) {
    if (!f.resourceType || !f.resourceId) continue;
    try {
      const item = await latestItem(client, f.resourceType, f.resourceId);
      if (item) items.push(fromApiItem(item, `AWS Config ${f.resourceType} ${f.resourceId}`));
    } catch (err) {
      throw new UsageError(
        `reading ${f.resourceType} ${f.resourceId} from AWS Config failed: ${describeAwsError(err)}`,
      );
    }
  }
  take(items);
  return out;
}
