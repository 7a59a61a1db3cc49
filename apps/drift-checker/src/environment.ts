// The Lambda's settings, read once from environment variables that the DriftChecker construct sets; the names are
// the contract in @groundwork/drift.
import { describeWholeNumber, isWholeNumberIn } from '@groundwork/core';
import { DRIFT_CHECKER_ENV as ENV } from '@groundwork/drift';

export interface DriftCheckerSettings {
  /** Bucket that the deploy workflow publishes cdktf.out to. */
  readonly iacBucket: string;
  /** Key prefix of cdktf.out in that bucket (`manifest.json` sits right under it); '' or ending in '/'. */
  readonly iacPrefix: string;
  /** Bucket of the Terraform S3 backend. */
  readonly stateBucket: string;
  /** Only backend keys under this prefix are read (the role may read nothing else). */
  readonly statePrefix: string;
  /** How long a loaded IaC/state version is trusted before the ETags are checked again. */
  readonly cacheTtlSeconds: number;
  /** The same drift (resource + differences) is not alerted twice within this window. */
  readonly dedupeWindowSeconds: number;
  /** SNS topic for people; alerts are off when unset. */
  readonly topicArn: string | null;
  /** EventBridge bus for automation; events are off when unset. */
  readonly eventBusName: string | null;
  /** Types the recorder records: a managed resource of such a type with no live item is DELETED. */
  readonly recordedTypes: readonly string[];
  /** Types the scheduled sweep lists; empty means every type the engine adapts. */
  readonly sweepTypes: readonly string[];
  /** Bucket the sweep writes its HTML report to; no report when unset. */
  readonly reportBucket: string | null;
  /** Key prefix of the reports in that bucket; '' or ending in '/'. */
  readonly reportPrefix: string;
  /** KMS key the reports are encrypted with (SSE-KMS); SSE-S3 when unset. */
  readonly reportKmsKeyArn: string | null;
}

export type Environment = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function prefix(env: Environment, name: string): string {
  const value = (env[name] ?? '').trim();
  if (value.startsWith('/'))
    throw new Error(`${name} must not start with "/", got "${value}": S3 keys have no leading slash`);
  return value === '' || value.endsWith('/') ? value : `${value}/`;
}

function seconds(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  const range = { min, max };
  if (!isWholeNumberIn(value, range))
    throw new Error(`${name} must be ${describeWholeNumber(range)} (seconds), got "${raw}"`);
  return value;
}

function optional(env: Environment, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** Reads and validates the settings; throws naming the variable and the fix. */
export function readSettings(env: Environment): DriftCheckerSettings {
  const iacBucket = env[ENV.iacBucket]?.trim();
  if (!iacBucket)
    throw new Error(
      `${ENV.iacBucket} is not set: give the bucket the deploy workflow publishes cdktf.out to`,
    );
  return {
    iacBucket,
    iacPrefix: prefix(env, ENV.iacPrefix),
    stateBucket: optional(env, ENV.stateBucket) ?? iacBucket,
    statePrefix: prefix(env, ENV.statePrefix),
    cacheTtlSeconds: seconds(env, ENV.cacheTtlSeconds, 60, 0, 86_400),
    dedupeWindowSeconds: seconds(env, ENV.dedupeWindowSeconds, 86_400, 0, 30 * 86_400),
    topicArn: optional(env, ENV.topicArn),
    eventBusName: optional(env, ENV.eventBusName),
    recordedTypes: list(env[ENV.recordedResourceTypes]),
    sweepTypes: list(env[ENV.sweepResourceTypes]),
    reportBucket: optional(env, ENV.reportBucket),
    reportPrefix: prefix(env, ENV.reportPrefix),
    reportKmsKeyArn: optional(env, ENV.reportKmsKeyArn),
  };
}
