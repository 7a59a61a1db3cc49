// Records which nested keys are blocks, per resource and data source type the rule fixtures use, from the schema
// of the mirrored AWS provider into libs/guard/src/testing/provider-blocks.json. The form tests need it to write
// each fixture in the array form: a block body may become an array of objects, a map argument (`tags`) may not.
//
//   npx tsx --tsconfig tsconfig.base.json libs/guard/scripts/record-provider-blocks.ts
//
// Needs terraform on PATH and a filesystem mirror holding registry.terraform.io/hashicorp/aws/<version>/
// (GROUNDWORK_TF_MIRROR, default /opt/tf-plugins).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_FIXTURES } from '../src/testing/all-fixtures';
import { BlockTree } from '../src/testing/array-form';

interface SchemaBlock {
  readonly block_types?: Record<string, { readonly block: SchemaBlock }>;
}
interface ProviderSchemas {
  readonly provider_schemas: Record<
    string,
    {
      resource_schemas: Record<string, { block: SchemaBlock }>;
      data_source_schemas: Record<string, { block: SchemaBlock }>;
    }
  >;
}

const mirror = process.env.GROUNDWORK_TF_MIRROR ?? '/opt/tf-plugins';
const [providerVersion, ...others] = readdirSync(join(mirror, 'registry.terraform.io/hashicorp/aws'));
if (providerVersion === undefined || others.length > 0) {
  throw new Error(`expected one hashicorp/aws version in ${mirror}`);
}

const used = { resources: new Set<string>(), data: new Set<string>() };
for (const fixtures of Object.values(ALL_FIXTURES)) {
  for (const c of [...fixtures.passes, ...fixtures.fails, ...(fixtures.undecided ?? [])]) {
    for (const type of Object.keys(c.json.resource)) used.resources.add(type);
    for (const type of Object.keys(c.json.data ?? {})) used.data.add(type);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'provider-blocks-'));
try {
  writeFileSync(
    join(dir, 'offline.tfrc'),
    `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  writeFileSync(
    join(dir, 'main.tf.json'),
    JSON.stringify({
      terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: providerVersion } } },
    }),
  );
  const env = { ...process.env, TF_CLI_CONFIG_FILE: join(dir, 'offline.tfrc'), CHECKPOINT_DISABLE: '1' };
  const terraform = (...args: string[]) =>
    execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  terraform('init', '-input=false', '-no-color');
  const schema = (JSON.parse(terraform('providers', 'schema', '-json')) as ProviderSchemas).provider_schemas[
    'registry.terraform.io/hashicorp/aws'
  ];
  const tree = (block: SchemaBlock): BlockTree =>
    Object.fromEntries(
      Object.entries(block.block_types ?? {}).map(([name, nested]) => [name, tree(nested.block)]),
    );
  const pick = (types: Set<string>, schemas: Record<string, { block: SchemaBlock }>) =>
    Object.fromEntries(
      [...types].sort().map((type) => {
        const found = schemas[type];
        if (!found) throw new Error(`${type} is not a type of hashicorp/aws ${providerVersion}`);
        return [type, tree(found.block)];
      }),
    );
  const recorded = {
    provider: `hashicorp/aws ${providerVersion}`,
    resources: pick(used.resources, schema.resource_schemas),
    data: pick(used.data, schema.data_source_schemas),
  };
  const out = resolve(__dirname, '../src/testing/provider-blocks.json');
  writeFileSync(out, `${JSON.stringify(recorded, null, 2)}\n`);
  process.stdout.write(
    `recorded the blocks of ${used.resources.size} resource and ${used.data.size} data source types into ${out}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
