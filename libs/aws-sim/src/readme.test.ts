import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIMULATED_TYPES } from './types/registry';
import type { SimulatedType } from './types/simulated-type';

const typesDir = join(__dirname, 'types');
/** Files under src/types that are no AWS type of their own. */
const SUPPORT = new Set(['registry.ts', 'simulated-type.ts', 'helpers.ts', 'iam-common.ts']);

function isSimulatedType(value: unknown): value is SimulatedType {
  return typeof value === 'object' && value !== null && 'terraformTypes' in value;
}

/** The SimulatedType each module file under src/types exports, by file name. */
async function typeModules(): Promise<Map<string, SimulatedType>> {
  const files = readdirSync(typesDir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !SUPPORT.has(f),
  );
  const modules = new Map<string, SimulatedType>();
  for (const file of files) {
    const exported = Object.values(await import(join(typesDir, file))).filter(isSimulatedType);
    if (exported.length !== 1)
      throw new Error(`src/types/${file} exports ${exported.length} simulated types, not 1`);
    modules.set(file, exported[0]);
  }
  return modules;
}

/** The README's table of modules: file name → the Terraform types of its row. */
function readmeTable(): Map<string, string[]> {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of readme.split('\n')) {
    const m = /^\| `([a-z0-9-]+\.ts)` +\|[^|]*\|([^|]*)\|/.exec(line);
    if (m)
      rows.set(
        m[1],
        [...m[2].matchAll(/`([a-z0-9_]+)`/g)].map((t) => t[1]),
      );
  }
  return rows;
}

describe('the module table of the README', () => {
  it('has every module under src/types registered', async () => {
    const modules = await typeModules();
    const unregistered = [...modules].filter(([, t]) => !SIMULATED_TYPES.includes(t)).map(([f]) => f);
    expect(unregistered).toEqual([]);
    expect(modules.size).toBe(SIMULATED_TYPES.length);
  });

  it('lists every module with its Terraform types', async () => {
    const modules = await typeModules();
    const documented = readmeTable();
    expect([...documented.keys()].sort()).toEqual([...modules.keys()].sort());
    for (const [file, type] of modules) {
      expect({ file, types: documented.get(file) }).toEqual({
        file,
        types: Object.keys(type.terraformTypes),
      });
    }
  });
});
