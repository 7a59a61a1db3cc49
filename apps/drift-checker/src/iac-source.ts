// Loads the published cdktf.out and the Terraform states from S3 and keeps the built comparison in memory across
// invocations. After cacheTtlSeconds every object is re-checked with a conditional GET (If-None-Match: ETag), so
// an unchanged estate costs a few 304s and no rebuild. There is no ListBucket: the keys come from manifest.json
// (stack files) and from each stack's S3 backend block (state files).
import { createHash } from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DriftChecks, LoadedFile } from './engine-port';

/** `T` is what is built from one version of the IaC: the checker's comparison, or the organization sweep's model. */
export interface IacSourceOptions<T = DriftChecks> {
  readonly iacBucket: string;
  readonly iacPrefix: string;
  readonly stateBucket: string;
  readonly statePrefix: string;
  readonly cacheTtlSeconds: number;
  /** Builds the comparison; called only when some object's ETag changed. */
  readonly build: (iac: LoadedFile[], states: LoadedFile[]) => T;
  readonly warn: (message: string, details: Record<string, unknown>) => void;
  readonly now?: () => number;
}

interface CachedObject {
  readonly etag: string;
  readonly content: string;
}

/** A bad published IaC (not a transient failure): thrown so the event goes to the DLQ and the alarm fires. */
export class IacSourceError extends Error {
  override readonly name = 'IacSourceError';
}

interface ManifestStack {
  readonly synthesizedStackPath?: unknown;
}

export class S3IacSource<T = DriftChecks> {
  private readonly objects = new Map<string, CachedObject>();
  private current: { readonly version: string; readonly checks: T } | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;

  constructor(
    private readonly s3: S3Client,
    private readonly options: IacSourceOptions<T>,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The comparison for the latest published IaC and state, from memory when checked within the TTL. `fresh`
   * re-checks the objects' ETags now whatever the TTL (used before alerting, so a deploy that just published new
   * IaC is never reported as drift from the cached old one).
   */
  async checks(options: { readonly fresh?: boolean } = {}): Promise<T> {
    const now = this.now();
    if (!options.fresh && this.current && now - this.checkedAt < this.options.cacheTtlSeconds * 1000)
      return this.current.checks;
    const { iac, states, version } = await this.fetchAll();
    if (!this.current || this.current.version !== version)
      this.current = { version, checks: this.options.build(iac, states) };
    this.checkedAt = now;
    return this.current.checks;
  }

  private async fetchAll(): Promise<{ iac: LoadedFile[]; states: LoadedFile[]; version: string }> {
    const { iacBucket, iacPrefix } = this.options;
    const manifest = await this.get(iacBucket, `${iacPrefix}manifest.json`, true);
    const stackPaths = this.stackPaths(manifest!.content, `s3://${iacBucket}/${iacPrefix}manifest.json`);
    const stacks = await Promise.all(
      stackPaths.map(async ({ stack, path }) => ({
        stack,
        path,
        object: (await this.get(iacBucket, `${iacPrefix}${path}`, true))!,
      })),
    );
    const stateKeys = stacks.flatMap(({ stack, path, object }) => this.stateKey(stack, path, object.content));
    const states = await Promise.all(
      stateKeys.map(async ({ stack, key }) => ({
        stack,
        key,
        object: await this.get(this.options.stateBucket, key, false),
      })),
    );
    const iac: LoadedFile[] = [
      { path: 'manifest.json', content: manifest!.content },
      ...stacks.map(({ path, object }) => ({ path, content: object.content })),
    ];
    const loadedStates = states.flatMap(({ stack, object }) =>
      object ? [{ path: `${stack}.tfstate`, content: object.content }] : [],
    );
    const version = [
      `manifest.json=${manifest!.etag}`,
      ...stacks.map(({ path, object }) => `${path}=${object.etag}`),
      ...states.map(({ key, object }) => `${key}=${object?.etag ?? 'missing'}`),
    ].join('\n');
    return { iac, states: loadedStates, version };
  }

  private stackPaths(content: string, where: string): { stack: string; path: string }[] {
    let manifest: unknown;
    try {
      manifest = JSON.parse(content);
    } catch (error) {
      throw new IacSourceError(
        `${where} is not JSON (${(error as Error).message}): publish cdktf.out/manifest.json as written by synth`,
      );
    }
    const stacks = (manifest as { stacks?: unknown } | null)?.stacks;
    if (typeof stacks !== 'object' || stacks === null || Array.isArray(stacks))
      throw new IacSourceError(`${where}: "stacks" must be an object of stacks, as cdktf synth writes it`);
    return Object.entries(stacks as Record<string, ManifestStack>).map(([stack, entry]) => {
      const path = entry?.synthesizedStackPath;
      if (typeof path !== 'string' || path.includes('..') || path.startsWith('/'))
        throw new IacSourceError(
          `${where}: stacks.${stack}.synthesizedStackPath must be a relative path inside cdktf.out, got ${JSON.stringify(path)}`,
        );
      return { stack, path };
    });
  }

  /** The stack's S3 backend key when it lies where the function may read; otherwise none (identity falls back to tags). */
  private stateKey(stack: string, path: string, content: string): { stack: string; key: string }[] {
    let backend: { bucket?: unknown; key?: unknown } | undefined;
    try {
      backend = (
        JSON.parse(content) as { terraform?: { backend?: { s3?: { bucket?: unknown; key?: unknown } } } }
      )?.terraform?.backend?.s3;
    } catch (error) {
      throw new IacSourceError(
        `s3://${this.options.iacBucket}/${this.options.iacPrefix}${path} is not JSON: ${(error as Error).message}`,
      );
    }
    if (!backend) return [];
    const { stateBucket, statePrefix } = this.options;
    if (
      backend.bucket !== stateBucket ||
      typeof backend.key !== 'string' ||
      !backend.key.startsWith(statePrefix)
    ) {
      this.options.warn('state outside the readable state location: drift identity falls back to tags', {
        stack,
        backendBucket: backend.bucket,
        backendKey: backend.key,
        stateBucket,
        statePrefix,
      });
      return [];
    }
    return [{ stack, key: backend.key }];
  }

  private async get(bucket: string, key: string, required: boolean): Promise<CachedObject | undefined> {
    const cacheKey = `${bucket}/${key}`;
    const cached = this.objects.get(cacheKey);
    try {
      const res = await this.s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, IfNoneMatch: cached?.etag }),
      );
      const content = (await res.Body?.transformToString('utf8')) ?? '';
      const object = {
        etag: res.ETag ?? `sha256:${createHash('sha256').update(content).digest('hex')}`,
        content,
      };
      this.objects.set(cacheKey, object);
      return object;
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      const name = (error as { name?: string }).name;
      if (cached && (status === 304 || name === 'NotModified')) return cached;
      // Without s3:ListBucket a missing key answers 403, not 404.
      const missing = status === 404 || status === 403 || name === 'NoSuchKey' || name === 'AccessDenied';
      if (missing && !required) {
        this.objects.delete(cacheKey);
        this.options.warn('state object not readable: drift identity falls back to tags', {
          bucket,
          key,
          error: name,
        });
        return undefined;
      }
      if (missing)
        throw new IacSourceError(
          `s3://${bucket}/${key} is missing or not readable (${name}): run the deploy workflow to publish cdktf.out, or fix IAC_BUCKET/IAC_PREFIX`,
        );
      throw error;
    }
  }
}
