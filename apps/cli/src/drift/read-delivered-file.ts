import { DriftInputError } from '@groundwork/drift';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * A file's text, unzipped when it is gzip: AWS Config delivers its snapshots and history files to S3 as `.json.gz`,
 * and CloudTrail its log files, so a file downloaded from the bucket is read as it is.
 */
export function readDeliveredFile(file: string): string {
  const bytes = readFileSync(file);
  const gzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzip) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (err) {
    throw new DriftInputError(file, '', 'a whole gzip file (it starts as one)', (err as Error).message);
  }
}
