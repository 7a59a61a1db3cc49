import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from '../command';

/** Writes through a temporary file and a rename, so a failed run leaves no half-written report behind. */
export function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw new UsageError(
      `--output ${path}: cannot be written (${(err as NodeJS.ErrnoException).code ?? err}).`,
    );
  }
}
