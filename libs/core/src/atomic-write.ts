import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes the whole file or nothing. The content goes to a new temporary file beside the target, created
 * exclusively (`wx`) under an unpredictable name, so no other process or planted link can be written through;
 * it is then renamed over the target (atomic within one filesystem), so a reader never sees half a file. On any
 * failure the temporary file is removed and the error is rethrown with the target untouched.
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx', mode: 0o644 });
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}
