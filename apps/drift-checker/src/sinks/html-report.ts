// The sweep's HTML report (@groundwork/drift renderHtml: one self-contained page) written to S3: one object per sweep,
// named after its time, and `latest.html` overwritten with it, so that a bookmark always opens the newest.
import { PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3';
import { renderHtml, type DriftReport } from '@groundwork/drift';
import type { DriftCheckerSettings } from '../environment';

export type ReportSettings = Pick<DriftCheckerSettings, 'reportBucket' | 'reportPrefix' | 'reportKmsKeyArn'>;

/** The key of a sweep's report: `<prefix>drift-<time>.html`, the time without colons (safe in any tool's path). */
export function reportKey(prefix: string, at: Date): string {
  return `${prefix}drift-${at.toISOString().replace(/:/g, '')}.html`;
}

/**
 * Writes the report when a report bucket is set; returns the `s3://` URI of the sweep's own object, or null when
 * reports are off. Encrypted with the given KMS key, else with S3's own keys.
 */
export async function writeHtmlReport(
  s3: S3Client,
  settings: ReportSettings,
  report: DriftReport,
  at: Date,
): Promise<string | null> {
  const bucket = settings.reportBucket;
  if (bucket === null) return null;
  const body = renderHtml(report, { generatedAt: at.toISOString() });
  const object = (Key: string): PutObjectCommandInput => ({
    Bucket: bucket,
    Key,
    Body: body,
    ContentType: 'text/html; charset=utf-8',
    // The page is the state of the estate at one time; a browser should not show a stale latest.html.
    CacheControl: 'no-cache',
    ...(settings.reportKmsKeyArn
      ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: settings.reportKmsKeyArn }
      : { ServerSideEncryption: 'AES256' }),
  });
  const key = reportKey(settings.reportPrefix, at);
  await s3.send(new PutObjectCommand(object(key)));
  await s3.send(new PutObjectCommand(object(`${settings.reportPrefix}latest.html`)));
  return `s3://${bucket}/${key}`;
}
