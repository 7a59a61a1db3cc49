import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateEstate, stackPlacement } from './simulated-estate';

const provider = (account: unknown, region: unknown = 'eu-west-1') => ({
  aws: [{ allowed_account_ids: account, region }],
});

/** A network stack and an app stack reading its VPC id, as cdktf writes a cross-stack reference. */
const network = (env: string, account: string, cidr: string) => ({
  [`network-${env}`]: {
    provider: provider([account]),
    resource: { aws_vpc: { vpc: { cidr_block: cidr, tags: { Name: env } } } },
    output: { vpc_id: { value: '${aws_vpc.vpc.id}' } },
  },
  [`app-${env}`]: {
    provider: provider([account]),
    data: {
      terraform_remote_state: {
        [`cross-stack-reference-input-network-${env}`]: { backend: 'local', config: {} },
      },
    },
    resource: {
      aws_security_group: {
        web: {
          name: `web-${env}`,
          vpc_id: `\${data.terraform_remote_state.cross-stack-reference-input-network-${env}.outputs.vpc_id}`,
        },
      },
    },
  },
});

let dir: string;

function writeIac(stacks: Record<string, object>): string {
  const iac = mkdtempSync(join(dir, 'iac-'));
  const manifest: Record<string, object> = {};
  for (const [name, json] of Object.entries(stacks)) {
    mkdirSync(join(iac, 'stacks', name), { recursive: true });
    writeFileSync(join(iac, 'stacks', name, 'cdk.tf.json'), JSON.stringify(json));
    manifest[name] = { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
  }
  writeFileSync(join(iac, 'manifest.json'), JSON.stringify({ stacks: manifest }));
  return iac;
}

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'aws-sim-estate-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulateEstate', () => {
  it('applies each stack in the account its provider names, remote state within the account', () => {
    const iac = writeIac({
      ...network('dev', '111111111111', '10.10.0.0/16'),
      ...network('prod', '222222222222', '10.20.0.0/16'),
    });
    const estate = simulateEstate(iac, { seed: 'estate-test' });
    expect(estate.map((a) => [a.account, a.region, a.stacks])).toEqual([
      ['111111111111', 'eu-west-1', ['network-dev', 'app-dev']],
      ['222222222222', 'eu-west-1', ['network-prod', 'app-prod']],
    ]);
    for (const { account, simulated } of estate) {
      expect(new Set(simulated.items.map((i) => i.awsAccountId))).toEqual(new Set([account]));
      const vpc = simulated.items.find((i) => i.resourceType === 'AWS::EC2::VPC' && i.tags['Name'])!;
      const group = simulated.items.find(
        (i) =>
          i.resourceType === 'AWS::EC2::SecurityGroup' &&
          String((i.configuration as Record<string, unknown>)['groupName']).startsWith('web-'),
      )!;
      expect((group.configuration as Record<string, unknown>)['vpcId']).toBe(vpc.resourceId);
    }
    // Each account draws its own ids: dev's VPC is not prod's.
    const vpcIds = estate.map(
      (a) => a.simulated.items.find((i) => i.resourceType === 'AWS::EC2::VPC' && i.tags['Name'])!.resourceId,
    );
    expect(new Set(vpcIds).size).toBe(2);
  });

  it("applies a resource of an aliased provider in that provider's region, which the account's recorder does not record", () => {
    const iac = writeIac({
      drift: {
        provider: {
          aws: [
            { allowed_account_ids: ['111111111111'], region: 'eu-west-1' },
            { alias: 'us-east-1', allowed_account_ids: ['111111111111'], region: 'us-east-1' },
          ],
        },
        resource: {
          aws_sqs_queue: {
            here: { name: 'here' },
            there: { name: 'there', provider: 'aws.us-east-1' },
          },
        },
      },
    });
    const [{ simulated }] = simulateEstate(iac);
    const there = simulated.applied.get('drift')!.find((r) => r.name === 'there')!;
    expect(there.region).toBe('us-east-1');
    expect(String(there.attrs.arn)).toMatch(/^arn:aws:sqs:us-east-1:111111111111:there$/);
    const queues = simulated.items.filter((i) => i.resourceType === 'AWS::SQS::Queue');
    expect(queues.map((q) => [q.awsRegion, String(q.resourceName ?? q.resourceId)])).toEqual([
      ['eu-west-1', expect.stringContaining('here')],
    ]);
  });

  it('simulates only the stacks asked for', () => {
    const iac = writeIac({
      ...network('dev', '111111111111', '10.10.0.0/16'),
      ...network('prod', '222222222222', '10.20.0.0/16'),
    });
    const estate = simulateEstate(iac, { stacks: ['network-prod'] });
    expect(estate.map((a) => [a.account, a.stacks])).toEqual([['222222222222', ['network-prod']]]);
  });

  it('refuses an account with stacks in two regions', () => {
    const iac = writeIac({
      a: { provider: provider(['111111111111'], 'eu-west-1') },
      b: { provider: provider(['111111111111'], 'us-east-1') },
    });
    expect(() => simulateEstate(iac)).toThrow(
      'stack b: provider.aws.region us-east-1 differs from eu-west-1 of a in account 111111111111',
    );
  });
});

describe('stackPlacement', () => {
  it.each([
    [undefined, 'got undefined'],
    [['111111111111', '222222222222'], 'got ["111111111111","222222222222"]'],
    [['${var.account}'], 'got ["${var.account}"]'],
  ])('refuses allowed_account_ids %j, naming the stack and field', (ids, got) => {
    expect(() => stackPlacement({ name: 'x', json: { provider: provider(ids) } })).toThrow(
      `stack x: provider.aws.allowed_account_ids: expected exactly one 12-digit account id, ${got}`,
    );
  });

  it('refuses a region that is not a literal', () => {
    expect(() =>
      stackPlacement({ name: 'x', json: { provider: provider(['111111111111'], '${var.region}') } }),
    ).toThrow('stack x: provider.aws.region: expected a literal region, got "${var.region}"');
  });

  it('reads the default provider, not an alias', () => {
    const json = {
      provider: {
        aws: [
          { alias: 'us', allowed_account_ids: ['999999999999'], region: 'us-east-1' },
          { allowed_account_ids: ['111111111111'], region: 'eu-west-1' },
        ],
      },
    };
    expect(stackPlacement({ name: 'x', json })).toEqual({ account: '111111111111', region: 'eu-west-1' });
  });
});
