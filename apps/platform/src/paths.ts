import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The workspace root (the directory with nx.json), found from this file's location, so paths are the same
 * whether the app runs from source (tsx, jest) or from the bundle in dist/apps/platform.
 */
function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`no nx.json above ${from}: run the platform app inside the workspace`);
  }
}

export const WORKSPACE_ROOT = findWorkspaceRoot(__dirname);
export const PLATFORM_DIR = join(WORKSPACE_ROOT, 'apps/platform');
