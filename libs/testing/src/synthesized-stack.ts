/** Terraform JSON as cdktf writes it (`cdk.tf.json`). Only the parts tests read are typed. */
export interface TerraformJson {
  readonly terraform?: Record<string, unknown>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly locals?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** One resource or data source block, with its Terraform address. */
export interface Block {
  readonly type: string;
  readonly name: string;
  /** `aws_vpc.main` for resources, `data.aws_ami.al2023` for data sources. */
  readonly address: string;
  readonly values: Record<string, unknown>;
}

function blocks(section: TerraformJson['resource'], prefix: string, type?: string): Block[] {
  const out: Block[] = [];
  for (const [t, byName] of Object.entries(section ?? {})) {
    if (type !== undefined && t !== type) continue;
    for (const [name, values] of Object.entries(byName)) {
      out.push({ type: t, name, address: `${prefix}${t}.${name}`, values });
    }
  }
  return out;
}

/** A synthesized stack with lookups by type and address. Lookups that expect one block fail loudly. */
export class SynthesizedStack {
  constructor(public readonly json: TerraformJson) {}

  /** Every resource, or every resource of one type. */
  resources(type?: string): Block[] {
    return blocks(this.json.resource, '', type);
  }

  /** Every data source, or every data source of one type. */
  dataSources(type?: string): Block[] {
    return blocks(this.json.data, 'data.', type);
  }

  /** The one resource of a type (optionally whose name contains `nameContains`); throws when not exactly one. */
  resource(type: string, nameContains?: string): Block {
    const found = this.resources(type).filter(
      (b) => nameContains === undefined || b.name.includes(nameContains),
    );
    if (found.length !== 1) {
      const names = this.resources(type).map((b) => b.address);
      throw new Error(
        `expected exactly one ${type}${nameContains ? ` whose name contains "${nameContains}"` : ''}, ` +
          `found ${found.length}; the stack has: ${names.length ? names.join(', ') : 'none'}`,
      );
    }
    return found[0];
  }

  /** The resource or data source at a Terraform address (`aws_vpc.main`, `data.aws_ami.al2023`). */
  byAddress(address: string): Block {
    const found = [...this.resources(), ...this.dataSources()].find((b) => b.address === address);
    if (!found) throw new Error(`no block at address ${address}`);
    return found;
  }

  /** Resource count per type, for quick shape assertions. */
  countByType(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.resources()) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return counts;
  }

  outputs(): Record<string, Record<string, unknown>> {
    return this.json.output ?? {};
  }

  /** `${aws_vpc.main.id}`-style reference to an attribute of a block, as cdktf renders it. */
  static ref(block: Block, attribute: string): string {
    return `\${${block.address}.${attribute}}`;
  }
}
