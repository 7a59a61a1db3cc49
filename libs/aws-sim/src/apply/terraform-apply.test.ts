import { SimulatedIds } from '../simulated-ids';
import { stateFile } from './state-file';
import { applyOrder, applyStacks } from './terraform-apply';

const network = {
  name: 'network',
  json: {
    data: { aws_availability_zones: { zones: { state: 'available' } }, aws_region: { here: {} } },
    resource: {
      aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
      aws_subnet: {
        a: {
          vpc_id: '${aws_vpc.main.id}',
          cidr_block: '10.0.0.0/20',
          availability_zone: '${data.aws_availability_zones.zones.names[1]}',
        },
      },
      aws_vpc_endpoint: {
        s3: { vpc_id: '${aws_vpc.main.id}', service_name: 'com.amazonaws.${data.aws_region.here.name}.s3' },
      },
    },
    output: { 'cross-stack-output-aws_subneta': { value: '${aws_subnet.a.id}', sensitive: true } },
  },
};
const app = {
  name: 'app',
  json: {
    provider: { aws: [{ default_tags: [{ tags: { team: 'platform' } }] }] },
    data: {
      terraform_remote_state: {
        'cross-stack-reference-input-network': { backend: 's3', config: { key: 'network.tfstate' } },
      },
    },
    resource: {
      aws_iam_role: { r: { name_prefix: 'app-', assume_role_policy: '{}', tags: { a: 'b' } } },
      aws_security_group: {
        sg: {
          name_prefix: 'sg-',
          vpc_id:
            '${data.terraform_remote_state.cross-stack-reference-input-network.outputs.cross-stack-output-aws_subneta}',
        },
      },
    },
  },
};
const ctx = { account: '111111111111', region: 'eu-west-1' };

describe('applyStacks', () => {
  it('applies the producer of a remote state first, whatever the given order', () => {
    expect(applyOrder([app, network]).map((s) => s.name)).toEqual(['network', 'app']);
  });

  it('resolves data sources, remote-state outputs, generated names and default tags', () => {
    const applied = applyStacks([app, network], { ...ctx, ids: new SimulatedIds('t') });
    const subnet = applied.get('network')!.resources.find((r) => r.type === 'aws_subnet')!;
    expect(subnet.attrs.availability_zone).toBe('eu-west-1b');
    expect(
      applied.get('network')!.resources.find((r) => r.type === 'aws_vpc_endpoint')!.attrs.service_name,
    ).toBe('com.amazonaws.eu-west-1.s3');
    expect(applied.get('network')!.outputs['cross-stack-output-aws_subneta']).toEqual({
      value: subnet.attrs.id,
      sensitive: true,
    });
    const [role, sg] = applied.get('app')!.resources;
    expect(sg.attrs.vpc_id).toBe(subnet.attrs.id);
    expect(role.attrs.name).toMatch(/^app-\d{18}[0-9a-f]{8}$/);
    expect(role.attrs.arn).toBe(`arn:aws:iam::111111111111:role/${role.attrs.name}`);
    expect(role.attrs.tags_all).toEqual({ team: 'platform', a: 'b' });
    expect(JSON.stringify([...applied.values()])).not.toContain('${');
  });

  it('is deterministic and records data sources and outputs in state', () => {
    const run = () => {
      const ids = new SimulatedIds('same');
      const applied = applyStacks([network, app], { ...ctx, ids });
      return JSON.stringify([...applied.values()].map((s) => stateFile(s, ids)));
    };
    expect(run()).toBe(run());
    const ids = new SimulatedIds('x');
    const state = stateFile(applyStacks([network], { ...ctx, ids }).get('network')!, ids) as {
      resources: { mode: string; type: string }[];
      outputs: Record<string, { sensitive?: boolean }>;
    };
    expect(state.resources.filter((r) => r.mode === 'data').map((r) => r.type)).toEqual([
      'aws_availability_zones',
      'aws_region',
    ]);
    expect(state.outputs['cross-stack-output-aws_subneta'].sensitive).toBe(true);
  });

  it('names the stack and resource when a remote state reads a stack that is not applied', () => {
    expect(() => applyStacks([app], { ...ctx, ids: new SimulatedIds('t') })).toThrow(
      /app: data\.terraform_remote_state\.cross-stack-reference-input-network: .*network, which is not applied/,
    );
  });
});
