// The OrganizationDriftChecker construct and the sweep functions agree on the environment: each function gets exactly
// the variables its readSweepSettings reads (Node's own apart), and they parse into the settings it runs with.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TerraformStack } from 'cdktf';
import { DEFAULT_MAX_ITEMS_PER_SHARD } from '@groundwork/drift';
import { OrganizationDriftChecker } from '@groundwork/governance';
import { synthConstruct } from '@groundwork/testing';
import { recordingEnvironment } from '../../test-support/recording-environment';
import { readSweepSettings } from './sweep-settings';

const bundleDir = mkdtempSync(join(tmpdir(), 'organization-bundle-'));
const bundleZip = join(bundleDir, 'lambda.zip');
writeFileSync(bundleZip, 'not read at synth');
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const stack = synthConstruct(
  (s: TerraformStack) =>
    new OrganizationDriftChecker(s, 'org', {
      bundleZip,
      organizationId: 'o-abcd123456',
      regions: ['eu-west-1', 'us-east-1'],
      iacBucket: 'acme-iac',
      statePrefix: 'groundwork/',
      sweepBucketName: 'acme-drift-sweeps',
      memberReadRoleName: 'acme-drift-read',
    }),
);

/** The synthesized function's variables, and readSweepSettings on them with the names it asked for. */
function read(functionId: string, needs: Parameters<typeof readSweepSettings>[1]) {
  const env = (
    stack.resource('aws_lambda_function', functionId).values as {
      environment: { variables: Record<string, string> };
    }
  ).environment.variables;
  const { environment, asked } = recordingEnvironment(env);
  const settings = readSweepSettings(environment, needs);
  return { env, settings, asked };
}

const token = (type: string, attribute: string) =>
  expect.stringMatching(new RegExp(`^\\$\\{${type}\\.org_\\w+\\.${attribute}\\}$`));

describe("the OrganizationDriftChecker's environment and the sweep functions' settings", () => {
  it.each([
    ['planner', 'planner'],
    ['shard', 'shard'],
    ['reducer', 'reducer'],
    ['delivery', 'deliver'],
  ] as const)('%s: every variable set is read, and none it needs is missing', (functionId, needs) => {
    const { env, asked } = read(functionId, needs);
    expect(
      Object.keys(env)
        .filter((name) => !asked.has(name))
        .sort(),
    ).toEqual(['NODE_OPTIONS']);
  });

  it('the shard function gets the member read role, the partition, the aggregator and the IaC', () => {
    expect(read('shard', 'shard').settings).toMatchObject({
      sweepBucket: token('aws_s3_bucket', 'bucket'),
      aggregatorName: token('aws_config_configuration_aggregator', 'name'),
      iacBucket: 'acme-iac',
      iacPrefix: 'cdktf.out/',
      stateBucket: 'acme-iac',
      statePrefix: 'groundwork/',
      memberReadRoleName: 'acme-drift-read',
      partition: token('data.aws_partition', 'partition'),
      maxItemsPerShard: DEFAULT_MAX_ITEMS_PER_SHARD,
    });
  });

  it('the planner gets the regions it plans the member shards of', () => {
    expect(read('planner', 'planner').settings.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('a shard function without its member read role fails at init, naming the variable', () => {
    const { env } = read('shard', 'shard');
    const { MEMBER_READ_ROLE: _, ...without } = env;
    expect(() => readSweepSettings(without, 'shard')).toThrow(
      'MEMBER_READ_ROLE is not set: the OrganizationDriftChecker construct sets it; redeploy the stack',
    );
  });
});
