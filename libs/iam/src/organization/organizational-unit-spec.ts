/** One OU and its children. Names are unique among siblings; a path joins names with "/" (`Workloads/Prod`). */
export interface OrganizationalUnitSpec {
  /** 1 to 128 characters, no "/". */
  readonly name: string;
  /** @default none */
  readonly children?: readonly OrganizationalUnitSpec[];
}

/** Security, Infrastructure, Workloads (Prod, NonProd) and Sandbox. */
export const DEFAULT_OU_TREE: readonly OrganizationalUnitSpec[] = [
  { name: 'Security' },
  { name: 'Infrastructure' },
  { name: 'Workloads', children: [{ name: 'Prod' }, { name: 'NonProd' }] },
  { name: 'Sandbox' },
];

export interface FlatOrganizationalUnit {
  readonly path: string;
  readonly name: string;
  /** Path of the parent OU, or undefined for an OU directly under the root. */
  readonly parentPath?: string;
}

/** Flattens a tree parent-first, validating names on the way. */
export function flattenOrganizationalUnits(
  tree: readonly OrganizationalUnitSpec[],
  parentPath?: string,
): FlatOrganizationalUnit[] {
  const out: FlatOrganizationalUnit[] = [];
  const siblings = new Set<string>();
  for (const spec of tree) {
    const where = parentPath ? `under ${parentPath}` : 'under the root';
    if (spec.name.length < 1 || spec.name.length > 128 || spec.name.includes('/')) {
      throw new Error(`OU name "${spec.name}" ${where} must be 1 to 128 characters without "/"`);
    }
    if (siblings.has(spec.name)) throw new Error(`OU "${spec.name}" appears twice ${where}: keep one`);
    siblings.add(spec.name);
    const path = parentPath ? `${parentPath}/${spec.name}` : spec.name;
    out.push({ path, name: spec.name, parentPath });
    out.push(...flattenOrganizationalUnits(spec.children ?? [], path));
  }
  return out;
}
