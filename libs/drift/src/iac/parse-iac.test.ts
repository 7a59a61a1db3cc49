import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DriftInputError } from '../errors';
import { loadIacDir } from './load-iac-dir';
import { parseIac } from './parse-iac';

const stackJson = {
  '//': { metadata: { stackName: 'network-dev', version: '0.21.0' } },
  provider: {
    aws: [
      { region: 'eu-west-1', default_tags: [{ tags: { 'iac:stack': 'network-dev', Team: 'platform' } }] },
      { alias: 'us', region: 'us-east-1' },
    ],
  },
  resource: {
    aws_vpc: {
      main_vpc_1A2B: {
        '//': { metadata: { path: 'network-dev/main/vpc', uniqueId: 'main_vpc_1A2B' } },
        cidr_block: '10.0.0.0/16',
        lifecycle: { ignore_changes: ['tags["Owner"]'] },
        depends_on: ['x'],
      },
    },
    aws_s3_bucket: { logs: { bucket: 'logs', provider: 'aws.us', count: 2 } },
  },
  data: { aws_iam_policy_document: { trust: { statement: [{ actions: ['sts:AssumeRole'] }] } } },
};

describe('parseIac', () => {
  const manifest = {
    version: '0.21.0',
    stacks: {
      'network-dev': {
        name: 'network-dev',
        synthesizedStackPath: 'stacks/network-dev/cdk.tf.json',
        workingDirectory: 'stacks/network-dev',
      },
    },
  };

  it('reads a cdktf output directory: stack names from the manifest, construct paths, default_tags per provider alias', () => {
    const model = parseIac([
      { path: 'cdktf.out/manifest.json', content: JSON.stringify(manifest) },
      { path: 'cdktf.out/stacks/network-dev/cdk.tf.json', content: JSON.stringify(stackJson) },
    ]);
    expect(model.stacks.map((s) => s.name)).toEqual(['network-dev']);
    const [vpc, bucket] = model.stacks[0].resources;
    expect(vpc).toMatchObject({
      address: 'aws_vpc.main_vpc_1A2B',
      constructPath: 'network-dev/main/vpc',
      values: { cidr_block: '10.0.0.0/16' },
      ignoreChanges: ['tags["Owner"]'],
      defaultTags: { 'iac:stack': 'network-dev', Team: 'platform' },
      repeated: false,
    });
    expect(vpc.values).not.toHaveProperty('lifecycle');
    expect(bucket).toMatchObject({ defaultTags: {}, repeated: true });
    expect(model.stacks[0].dataSources[0].address).toBe('data.aws_iam_policy_document.trust');
  });

  it('reads plain Terraform JSON files, one stack per file', () => {
    const model = parseIac([
      {
        path: 'infra/app.tf.json',
        content: JSON.stringify({
          resource: { aws_vpc: { v: { cidr_block: '10.1.0.0/16', lifecycle: { ignore_changes: 'all' } } } },
        }),
      },
    ]);
    expect(model.stacks[0]).toMatchObject({ name: 'app' });
    expect(model.stacks[0].resources[0].ignoreChanges).toBe('all');
  });

  it('names the file, the path and what was expected on bad input', () => {
    expect(() => parseIac([{ path: 'a.tf.json', content: '{' }])).toThrow(DriftInputError);
    expect(() =>
      parseIac([{ path: 'a.tf.json', content: JSON.stringify({ resource: { aws_vpc: { v: 3 } } }) }]),
    ).toThrow('a.tf.json: /resource/aws_vpc/v: expected a resource body object, got number 3');
    expect(() => parseIac([{ path: 'o/manifest.json', content: JSON.stringify(manifest) }])).toThrow(
      /stacks\/network-dev\/synthesizedStackPath: expected a file stacks\/network-dev\/cdk\.tf\.json next to the manifest/,
    );
    expect(() =>
      parseIac([
        {
          path: 'a.tf.json',
          content: JSON.stringify({ resource: { aws_vpc: { v: { lifecycle: { ignore_changes: 5 } } } } }),
        },
      ]),
    ).toThrow(/lifecycle\/ignore_changes: expected "all" or a list/);
  });

  it('reads provider ignore_tags per alias, and names a key list that is not one', () => {
    const doc = (ignore: unknown) =>
      JSON.stringify({
        provider: {
          aws: [
            { region: 'eu-west-1', ignore_tags: [ignore] },
            { alias: 'us', region: 'us-east-1' },
          ],
        },
        resource: { aws_vpc: { a: { cidr_block: '10.0.0.0/16' }, b: { provider: 'aws.us' } } },
      });
    const [a, b] = parseIac([
      { path: 'n.tf.json', content: doc({ keys: ['Owner'], key_prefixes: ['kubernetes.io/'] }) },
    ]).stacks[0].resources;
    expect(a.ignoreTags).toEqual({ keys: ['Owner'], keyPrefixes: ['kubernetes.io/'] });
    expect(b.ignoreTags).toBeUndefined();
    expect(() => parseIac([{ path: 'n.tf.json', content: doc({ key_prefixes: 'kubernetes.io/' }) }])).toThrow(
      'n.tf.json: /provider/aws/0/ignore_tags/key_prefixes: expected a list of tag keys, got "kubernetes.io/"',
    );
  });

  it('reads each provider alias account and region: allowed_account_ids, else assume_role, never an expression', () => {
    const [stack] = parseIac([
      {
        path: 'identity.tf.json',
        content: JSON.stringify({
          provider: {
            aws: [
              { region: 'eu-west-1', allowed_account_ids: ['111111111111'] },
              {
                alias: 'prod',
                region: 'eu-central-1',
                assume_role: [{ role_arn: 'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole' }],
              },
              {
                alias: 'edge',
                region: '${var.edge_region}',
                allowed_account_ids: ['111111111111', '333333333333'],
              },
              { alias: 'assumed', assume_role: { role_arn: '${var.role}' } },
            ],
          },
          resource: {
            aws_iam_group: {
              dev: { name: 'Admins' },
              prod: { name: 'Admins', provider: 'aws.prod' },
              edge: { name: 'Edge', provider: 'aws.edge' },
              assumed: { name: 'X', provider: 'aws.assumed' },
            },
          },
        }),
      },
    ]).stacks;
    expect(stack).toMatchObject({ account: '111111111111', region: 'eu-west-1' });
    expect(stack.resources.map((r) => [r.name, r.account, r.region])).toEqual([
      ['dev', '111111111111', 'eu-west-1'],
      ['prod', '222222222222', 'eu-central-1'],
      ['edge', null, null],
      ['assumed', null, null],
    ]);
  });

  it('leaves the scope unknown without a provider block', () => {
    const [stack] = parseIac([
      { path: 'bare.tf.json', content: JSON.stringify({ resource: { aws_vpc: { v: {} } } }) },
    ]).stacks;
    expect(stack).toMatchObject({ account: null, region: null });
    expect(stack.resources[0]).toMatchObject({ account: null, region: null });
  });

  it('loads a directory from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-iac-'));
    try {
      mkdirSync(join(dir, 'stacks', 'network-dev'), { recursive: true });
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      writeFileSync(join(dir, 'stacks', 'network-dev', 'cdk.tf.json'), JSON.stringify(stackJson));
      expect(loadIacDir(dir).stacks[0].resources).toHaveLength(2);
      expect(() => loadIacDir(join(dir, 'missing'))).toThrow(/no such directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
