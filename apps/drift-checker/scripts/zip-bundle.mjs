// Packs the esbuild output (main.js and its source map) into lambda.zip beside it, the Lambda deployment package.
// Done once per build, so synthesizing the drift stacks copies a file instead of having cdktf zip the directory in a
// child process for every stack. The archive is reproducible: a fixed entry order, timestamp and file mode, so the
// same bundle gives the same bytes, hence the same asset hash, on any machine and in any time zone.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const ENTRIES = ['main.js', 'main.js.map'];
// fflate writes the DOS timestamp from the Date's local-time fields: built from local fields, it is 1980-01-01
// 00:00 (the zip epoch) whatever the time zone, so no build time gets into the archive.
const ZIP_EPOCH = new Date(1980, 0, 1);
const UNIX = 3;
const REGULAR_FILE_RW_R_R = 0o100644;

/** Writes `<dir>/lambda.zip` from `<dir>/main.js` and `<dir>/main.js.map`; returns its path. */
export function zipBundle(dir) {
  const files = Object.fromEntries(
    ENTRIES.map((name) => [
      name,
      [
        readFileSync(join(dir, name)),
        { level: 9, mtime: ZIP_EPOCH, os: UNIX, attrs: (REGULAR_FILE_RW_R_R << 16) >>> 0 },
      ],
    ]),
  );
  const out = join(dir, 'lambda.zip');
  writeFileSync(`${out}.tmp`, zipSync(files));
  renameSync(`${out}.tmp`, out);
  return out;
}
