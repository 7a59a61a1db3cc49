// The sweep bucket in S3.
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { SweepStore } from '../sweep-ports';

/** S3 deletes at most 1,000 keys per DeleteObjects call. */
const MAX_KEYS_PER_DELETE = 1000;

export class S3SweepStore implements SweepStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return await res.Body!.transformToString('utf-8');
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async put(key: string, body: string, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = page.NextContinuationToken;
    } while (token);
    return keys;
  }

  /** In versioned buckets this adds delete markers; the lifecycle rule expires what they hide. */
  async remove(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += MAX_KEYS_PER_DELETE) {
      const res = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Quiet: true, Objects: keys.slice(i, i + MAX_KEYS_PER_DELETE).map((Key) => ({ Key })) },
        }),
      );
      // DeleteObjects answers 200 with per-key errors: one left behind would be delivered again, so say so.
      const failed = res.Errors ?? [];
      if (failed.length > 0)
        throw new Error(
          `could not delete ${failed.length} object(s) from s3://${this.bucket}: ` +
            failed.map((e) => `${e.Key} (${e.Code})`).join(', '),
        );
    }
  }
}
