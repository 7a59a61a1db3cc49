import { writeFileAtomically } from '@groundwork/core/node';
import { UsageError } from './command';

/**
 * Writes a file an option names (`--output`, `--save`) whole or not at all; a failure is a usage error (exit 2)
 * naming the option and the file.
 */
export function writeOutputFile(path: string, content: string, option = '--output'): void {
  try {
    writeFileAtomically(path, content);
  } catch (err) {
    throw new UsageError(
      `${option} ${path}: cannot be written (${(err as NodeJS.ErrnoException).code ?? err}).`,
    );
  }
}
