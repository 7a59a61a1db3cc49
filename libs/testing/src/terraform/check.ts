import { spawnSync } from 'node:child_process';
import { writeFileAtomically } from '@groundwork/core/node';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TerraformJson } from '../synthesized-stack';
import { MOCK_REGION, MockDefaults, ProviderSchema, mockDefaults } from './mock-defaults';
import { TerraformToolchain, terraformToolchain } from './toolchain';

/** One synthesized stack to check; each becomes a child module of one throwaway root configuration. */
export interface TerraformCheckCase {
  /** Module name: letters, digits, `_` and `-`. */
  readonly name: string;
  readonly config: TerraformJson;
}

export interface TerraformCheckOptions {
  /** Run `terraform test` with `mock_provider "aws"` (a mock apply) after validate. @default true */
  readonly mockApply?: boolean;
  /** Mock values for computed attributes, by type; they win over the schema-derived defaults. */
  readonly mockOverrides?: Partial<MockDefaults>;
}

export type TerraformCheckResult =
  | { readonly ran: true; readonly validated: number; readonly mockApplied: boolean }
  | { readonly ran: false; readonly reason: string };

interface RunResult {
  readonly status: number | null;
  readonly output: string;
}

function run(cwd: string, args: string[]): RunResult {
  const res = spawnSync('terraform', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      TF_CLI_CONFIG_FILE: join(cwd, 'offline.tfrc'),
      TF_PLUGIN_CACHE_DIR: '',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: res.status, output: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

function offlineCliConfig(mirror: string): string {
  return [
    'provider_installation {',
    `  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }`,
    '  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Makes a stack's JSON a child module: no backend, no provider blocks, the mirrored aws version, declared aliases,
 * and no `import` blocks, which Terraform allows in a root module only (the mock apply creates what they adopt).
 */
function asModule(c: TerraformCheckCase, awsVersion: string): { module: TerraformJson; aliases: string[] } {
  const { provider, terraform, import: _imports, ...rest } = c.config;
  const others = Object.keys(provider ?? {}).filter((p) => p !== 'aws');
  if (others.length) {
    throw new Error(
      `${c.name}: only the hashicorp/aws provider is mirrored offline, the stack also uses ${others.join(', ')}`,
    );
  }
  const aliases = (provider?.aws ?? []).map((p) => p.alias).filter((a): a is string => typeof a === 'string');
  const { backend: _backend, cloud: _cloud, ...terraformRest } = (terraform ?? {}) as Record<string, unknown>;
  const required = { ...((terraformRest.required_providers ?? {}) as Record<string, unknown>) };
  required.aws = {
    source: 'hashicorp/aws',
    version: awsVersion,
    ...(aliases.length ? { configuration_aliases: aliases.map((a) => `aws.${a}`) } : {}),
  };
  return { module: { ...rest, terraform: { ...terraformRest, required_providers: required } }, aliases };
}

function usedTypes(configs: TerraformJson[]): { resources: Set<string>; data: Set<string> } {
  const resources = new Set<string>();
  const data = new Set<string>();
  for (const c of configs) {
    Object.keys(c.resource ?? {}).forEach((t) => resources.add(t));
    Object.keys(c.data ?? {}).forEach((t) => data.add(t));
  }
  return { resources, data };
}

interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number } };
  snippet?: { context?: string; code?: string };
}

function formatDiagnostics(diags: Diagnostic[]): string {
  return diags
    .map((d) => {
      const where = d.range ? `${d.range.filename}:${d.range.start.line}` : '';
      const ctx = d.snippet?.context ? ` (${d.snippet.context})` : '';
      return `${d.severity}: ${d.summary}${where ? ` at ${where}` : ''}${ctx}${d.detail ? `\n  ${d.detail}` : ''}`;
    })
    .join('\n');
}

// The schema read is ~2 s; keep the reduced form per process and on disk per provider version.
let schemaCache: ProviderSchema | undefined;
function providerSchema(tc: TerraformToolchain, cwd: string): ProviderSchema {
  if (schemaCache) return schemaCache;
  const file = join(tmpdir(), `groundwork-aws-schema-${tc.awsProviderVersion}.json`);
  if (existsSync(file)) {
    try {
      return (schemaCache = JSON.parse(readFileSync(file, 'utf8')) as ProviderSchema);
    } catch {
      // A torn cache file is rebuilt below.
    }
  }
  const res = run(cwd, ['providers', 'schema', '-json']);
  if (res.status !== 0) throw new Error(`terraform providers schema failed:\n${res.output}`);
  const full = JSON.parse(res.output) as {
    provider_schemas: Record<string, ProviderSchema>;
  };
  const aws = full.provider_schemas['registry.terraform.io/hashicorp/aws'];
  const reduce = (s: ProviderSchema['resource_schemas']) =>
    Object.fromEntries(
      Object.entries(s).map(([t, v]) => [
        t,
        {
          block: {
            attributes: Object.fromEntries(
              Object.entries(v.block.attributes ?? {})
                .filter(([, a]) => a.computed)
                .map(([n, a]) => [n, { type: a.type, computed: true }]),
            ),
          },
        },
      ]),
    );
  schemaCache = {
    resource_schemas: reduce(aws.resource_schemas),
    data_source_schemas: reduce(aws.data_source_schemas),
  };
  writeFileAtomically(file, JSON.stringify(schemaCache));
  return schemaCache;
}

const REMOTE_STATE_PREFIX = 'cross-stack-reference-input-';

/**
 * cdktf wires stacks through `terraform_remote_state` data sources, which a mock apply cannot read. When the
 * producing stack is one of the cases, each remote state gets an `override_data` whose outputs are mock values of
 * the producer's cross-stack outputs (an `${aws_vpc.x.id}` output gets the aws_vpc id default, and so on).
 */
function remoteStateOverrides(
  cases: TerraformCheckCase[],
  defaults: MockDefaults,
): Record<string, unknown>[] {
  const byName = new Map(cases.map((c) => [c.name, c.config]));
  const overrides: Record<string, unknown>[] = [];
  for (const c of cases) {
    for (const dataName of Object.keys(c.config.data?.terraform_remote_state ?? {})) {
      if (!dataName.startsWith(REMOTE_STATE_PREFIX)) continue;
      const producer = byName.get(dataName.slice(REMOTE_STATE_PREFIX.length));
      if (!producer) continue;
      const outputs: Record<string, unknown> = {};
      for (const [outName, output] of Object.entries(producer.output ?? {})) {
        outputs[outName] = mockOutputValue(String(output.value), defaults, outName);
      }
      overrides.push({
        target: `module.${c.name}.data.terraform_remote_state.${dataName}`,
        values: { outputs },
      });
    }
  }
  return overrides;
}

function mockOutputValue(expression: string, defaults: MockDefaults, outName: string): unknown {
  const refs = [...expression.matchAll(/\b(aws_[a-z0-9_]+)\.[A-Za-z0-9_-]+\.([a-z0-9_]+)/g)];
  const valueOf = (type: string, attribute: string) =>
    defaults.resources[type]?.[attribute] ?? `mock-${outName}`;
  if (refs.length === 1 && expression === `\${${refs[0][0]}}`) return valueOf(refs[0][1], refs[0][2]);
  if (expression.startsWith('${[') && refs.length) return refs.map((r) => valueOf(r[1], r[2]));
  return `mock-${outName}`;
}

function mockProviderBlock(defaults: MockDefaults): Record<string, unknown> {
  const block: Record<string, unknown> = {};
  if (Object.keys(defaults.resources).length) {
    block.mock_resource = Object.fromEntries(
      Object.entries(defaults.resources).map(([t, d]) => [t, { defaults: d }]),
    );
  }
  if (Object.keys(defaults.data).length) {
    block.mock_data = Object.fromEntries(Object.entries(defaults.data).map(([t, d]) => [t, { defaults: d }]));
  }
  return block;
}

/**
 * Runs `terraform init` + `terraform validate` and (by default) a mock-provider `terraform test` apply over
 * synthesized stacks, offline through the aws provider mirror. Returns `{ran: false, reason}` when terraform or
 * the mirror is missing; throws with terraform's diagnostics when a check fails.
 */
export function terraformCheck(
  cases: TerraformCheckCase[],
  options: TerraformCheckOptions = {},
): TerraformCheckResult {
  const tc = terraformToolchain();
  if (!tc.available) return { ran: false, reason: tc.reason };
  if (!cases.length) throw new Error('terraformCheck needs at least one case');
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-tf-'));
  try {
    writeFileSync(join(dir, 'offline.tfrc'), offlineCliConfig(tc.mirror));
    const allAliases = new Set<string>();
    const modules: Record<string, unknown> = {};
    for (const c of cases) {
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(c.name))
        throw new Error(`terraformCheck: bad case name "${c.name}"`);
      const { module, aliases } = asModule(c, tc.awsProviderVersion);
      mkdirSync(join(dir, 'modules', c.name), { recursive: true });
      writeFileSync(join(dir, 'modules', c.name, 'main.tf.json'), JSON.stringify(module, null, 1));
      aliases.forEach((a) => allAliases.add(a));
      modules[c.name] = {
        source: `./modules/${c.name}`,
        providers: Object.fromEntries([['aws', 'aws'], ...aliases.map((a) => [`aws.${a}`, `aws.${a}`])]),
      };
    }
    const root = {
      terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: tc.awsProviderVersion } } },
      provider: {
        aws: [{ region: MOCK_REGION }, ...[...allAliases].map((alias) => ({ alias, region: MOCK_REGION }))],
      },
      module: modules,
    };
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(root, null, 1));

    const init = run(dir, ['init', '-backend=false', '-input=false', '-no-color']);
    if (init.status !== 0) throw new Error(`terraform init failed:\n${init.output}`);
    const validate = run(dir, ['validate', '-json', '-no-color']);
    const result = JSON.parse(validate.output.slice(validate.output.indexOf('{'))) as {
      valid: boolean;
      diagnostics: Diagnostic[];
    };
    if (!result.valid)
      throw new Error(`terraform validate failed:\n${formatDiagnostics(result.diagnostics)}`);
    if (options.mockApply === false) return { ran: true, validated: cases.length, mockApplied: false };

    const defaults = mockDefaults(
      providerSchema(tc, dir),
      usedTypes(cases.map((c) => c.config)),
      options.mockOverrides,
    );
    const mock = mockProviderBlock(defaults);
    const overrideData = remoteStateOverrides(cases, defaults);
    const testFile = {
      mock_provider: { aws: [mock, ...[...allAliases].map((alias) => ({ alias, ...mock }))] },
      ...(overrideData.length ? { override_data: overrideData } : {}),
      run: { mock_apply: { command: 'apply' } },
    };
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'tests', 'mock.tftest.json'), JSON.stringify(testFile, null, 1));
    const test = run(dir, ['test', '-no-color']);
    if (test.status !== 0) throw new Error(`terraform test (mock apply) failed:\n${test.output}`);
    return { ran: true, validated: cases.length, mockApplied: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
