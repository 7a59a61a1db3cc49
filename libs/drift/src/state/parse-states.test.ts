import { parseIac } from '../iac/parse-iac';
import { parseStates } from './parse-states';

const desired = parseIac([
  {
    path: 'network.tf.json',
    content: JSON.stringify({ resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } } }),
  },
  { path: 'data.tf.json', content: JSON.stringify({ resource: { aws_s3_bucket: { b: { bucket: 'b' } } } }) },
  { path: 'iam.tf.json', content: JSON.stringify({ resource: { aws_iam_role: { r: { name: 'r' } } } }) },
]);

function state(resources: unknown[]): string {
  return JSON.stringify({
    version: 4,
    terraform_version: '1.9.0',
    serial: 1,
    lineage: 'l',
    outputs: {},
    resources,
  });
}

const vpc = {
  mode: 'managed',
  type: 'aws_vpc',
  name: 'main',
  provider: 'provider["registry.terraform.io/hashicorp/aws"]',
  instances: [{ schema_version: 1, attributes: { id: 'vpc-1' } }],
};
const bucket = {
  mode: 'managed',
  type: 'aws_s3_bucket',
  name: 'b',
  instances: [{ attributes: { id: 'b', arn: 'arn:aws:s3:::b' } }],
};
const role = { mode: 'managed', type: 'aws_iam_role', name: 'r', instances: [{ attributes: { id: 'r' } }] };

describe('parseStates', () => {
  it('matches <stack>.tfstate, terraform.<stack>.tfstate and <stack>/terraform.tfstate by name, others by addresses', () => {
    const model = parseStates(
      [
        { path: 'state/network.tfstate', content: state([vpc]) },
        { path: 'state/terraform.data.tfstate', content: state([bucket]) },
        {
          path: 'state/whatever.json',
          content: state([
            role,
            {
              mode: 'data',
              type: 'aws_caller_identity',
              name: 'me',
              instances: [{ attributes: { account_id: '1' } }],
            },
          ]),
        },
        {
          path: 'state/stranger.tfstate',
          content: state([
            { mode: 'managed', type: 'aws_sqs_queue', name: 'q', instances: [{ attributes: {} }] },
          ]),
        },
      ],
      desired,
    );
    expect(model.stacks.get('network')?.resources.get('aws_vpc.main')).toEqual({ id: 'vpc-1' });
    expect(model.stacks.get('data')?.resources.get('aws_s3_bucket.b')?.['arn']).toBe('arn:aws:s3:::b');
    expect(model.stacks.get('iam')?.resources.get('data.aws_caller_identity.me')).toEqual({
      account_id: '1',
    });
    expect(model.unmatchedFiles).toEqual(['state/stranger.tfstate']);
    expect(
      parseStates([{ path: 'x/network/terraform.tfstate', content: state([vpc]) }], desired).stacks.has(
        'network',
      ),
    ).toBe(true);
  });

  it('tells apart stacks that share every address by the iac:stack tag, and never guesses between them', () => {
    const envs = parseIac(
      ['network-dev', 'network-prod'].map((name) => ({
        path: `stacks/${name}/cdk.tf.json`,
        content: JSON.stringify({ resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } } }),
      })),
    );
    const applied = (id: string, stack?: string) =>
      state([
        {
          mode: 'managed',
          type: 'aws_vpc',
          name: 'main',
          instances: [{ attributes: { id, tags_all: stack ? { 'iac:stack': stack } : {} } }],
        },
      ]);
    const model = parseStates(
      [
        { path: 'backup/a.json', content: applied('vpc-prod', 'network-prod') },
        { path: 'backup/b.json', content: applied('vpc-dev', 'network-dev') },
      ],
      envs,
    );
    expect(model.stacks.get('network-dev')?.resources.get('aws_vpc.main')?.['id']).toBe('vpc-dev');
    expect(model.stacks.get('network-prod')?.resources.get('aws_vpc.main')?.['id']).toBe('vpc-prod');
    const untagged = parseStates([{ path: 'backup/c.json', content: applied('vpc-x') }], envs);
    expect(untagged.stacks.size).toBe(0);
    expect(untagged.unmatchedFiles).toEqual(['backup/c.json']);
  });

  it('keys count and for_each instances by index', () => {
    const model = parseStates(
      [
        {
          path: 'network.tfstate',
          content: state([
            {
              ...vpc,
              instances: [
                { index_key: 0, attributes: { id: 'a' } },
                { index_key: 'k', attributes: { id: 'b' } },
              ],
            },
          ]),
        },
      ],
      desired,
    );
    expect([...(model.stacks.get('network')?.resources.keys() ?? [])]).toEqual([
      'aws_vpc.main[0]',
      'aws_vpc.main["k"]',
    ]);
  });

  it('rejects other state versions and malformed files with the file and the path', () => {
    expect(() =>
      parseStates([{ path: 'network.tfstate', content: JSON.stringify({ version: 3 }) }], desired),
    ).toThrow('network.tfstate: /version: expected Terraform state format version 4, got number 3');
    expect(() =>
      parseStates(
        [{ path: 'network.tfstate', content: state([{ type: 'aws_vpc', name: 'm', instances: [{}] }]) }],
        desired,
      ),
    ).toThrow('network.tfstate: /resources/0/instances/0/attributes: expected an attributes object');
  });
});
