import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DriftInputError, type SourceFile } from '../errors';
import type { DesiredModel } from '../iac/desired-model';
import { parseStates } from './parse-states';
import type { StateModel } from './state-model';

/** Reads `<stack>.tfstate`, `terraform.<stack>.tfstate` and `<stack>/terraform.tfstate` files from a directory. */
export function loadStateDir(dir: string, desired: DesiredModel): StateModel {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DriftInputError(
      dir,
      '',
      'a directory of Terraform state files (<stack>.tfstate)',
      'no such directory',
    );
  const files: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      const inner = join(full, 'terraform.tfstate');
      if (existsSync(inner)) files.push({ path: inner, content: readFileSync(inner, 'utf8') });
    } else if (name.endsWith('.tfstate') || name.endsWith('.tfstate.json')) {
      files.push({ path: full, content: readFileSync(full, 'utf8') });
    }
  }
  return parseStates(files, desired);
}
