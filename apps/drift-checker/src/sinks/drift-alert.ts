// One drifted resource, as SNS and EventBridge receive it.
import { createHash } from 'node:crypto';
import type { Difference, ResourceResult } from '@groundwork/drift';

export interface DriftAlert {
  readonly status: 'MODIFIED' | 'DELETED';
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName: string | null;
  readonly arn: string | null;
  readonly accountId: string | null;
  readonly region: string | null;
  /** When AWS Config captured the live item (or when the sweep found it missing). */
  readonly capturedAt: string;
  readonly stack: string | null;
  readonly address: string | null;
  readonly addresses: readonly string[];
  readonly constructPath: string | null;
  readonly differences: readonly Difference[];
  /** Same resource, same status and same differences give the same fingerprint: the dedupe key. */
  readonly fingerprint: string;
  /** The sweep's HTML report (an s3:// URI) that shows this drift among the rest; null outside a sweep. */
  readonly report: string | null;
}

export interface LiveContext {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string | null;
  readonly arn?: string | null;
  readonly accountId?: string | null;
  readonly region?: string | null;
  readonly capturedAt: string;
}

/** Stable JSON: object keys sorted, so the fingerprint does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

export function fingerprintOf(
  resourceType: string,
  resourceId: string,
  status: string,
  differences: readonly Difference[],
): string {
  const diffs = differences.map((d) => canonical(d)).sort();
  return createHash('sha256').update(canonical({ resourceType, resourceId, status, diffs })).digest('hex');
}

/** An alert for MODIFIED or DELETED results; null for everything else (alerts are for drift only). */
export function alertFor(
  result: ResourceResult,
  live: LiveContext,
  report: string | null = null,
): DriftAlert | null {
  if (result.status !== 'MODIFIED' && result.status !== 'DELETED') return null;
  return {
    status: result.status,
    resourceType: live.resourceType,
    resourceId: live.resourceId,
    resourceName: live.resourceName ?? null,
    arn: live.arn ?? null,
    accountId: live.accountId ?? null,
    region: live.region ?? null,
    capturedAt: live.capturedAt,
    stack: result.stack,
    address: result.address,
    addresses: result.addresses,
    constructPath: result.constructPath,
    differences: result.differences,
    fingerprint: fingerprintOf(live.resourceType, live.resourceId, result.status, result.differences),
    report,
  };
}
