import { writeFileAtomically } from '@groundwork/core/node';
import { UsageError } from './command';

/** Writes a report to the `--output` file whole or not at all; a failure is a usage error (exit 2) naming the file. */
export function writeOutputFile(path: string, content: string): void {
  try {
    writeFileAtomically(path, content);
  } catch (err) {
    throw new UsageError(
      `--output ${path}: cannot be written (${(err as NodeJS.ErrnoException).code ?? err}).`,
    );
  }
}
