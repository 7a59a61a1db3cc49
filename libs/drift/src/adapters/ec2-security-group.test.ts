import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const [eventItem] = parseLive(
  awsConfigExample('custodian-rule-event-ConfigurationItemChangeNotification-security-group.json'),
  'sg',
).items;
const [historyItem] = parseLive(
  awsConfigExample('custodian-placebo-GetResourceConfigHistory-security-group.json'),
  'sg',
).items;

describe('AWS::EC2::SecurityGroup adapter (real items)', () => {
  const state = { 'aws_security_group.web': { id: 'sg-a38ed1de' } };
  const tags = { App: 'blue-moon', NetworkLocation: 'DMZ' };

  it('is IN_SYNC with inline rules in any order (2016 schema: ipRanges strings, null egress ports)', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_security_group: {
            web: {
              name: 'allow-access',
              description: 'inbound access',
              vpc_id: 'vpc-72885e14',
              ingress: [
                { protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.42.1.0/24'] },
                { protocol: '6', from_port: 8080, to_port: 8080, cidr_blocks: ['0.0.0.0/0'] },
              ],
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
              tags,
            },
          },
        },
        state,
      },
    });
    expect(engine.checkItem(historyItem)).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });

  it('folds aws_vpc_security_group_*_rule and aws_security_group_rule resources, and reports a rule opened outside the IaC', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_security_group: {
            web: { name: 'allow-access', description: 'inbound access', vpc_id: 'vpc-72885e14', tags },
          },
          aws_vpc_security_group_ingress_rule: {
            https: {
              security_group_id: '${aws_security_group.web.id}',
              ip_protocol: 'tcp',
              from_port: 443,
              to_port: 443,
              cidr_ipv4: '10.42.1.0/24',
            },
          },
          aws_security_group_rule: {
            out: {
              type: 'egress',
              security_group_id: '${aws_security_group.web.id}',
              protocol: 'all',
              from_port: 0,
              to_port: 65535,
              cidr_blocks: ['0.0.0.0/0'],
            },
          },
        },
        state,
      },
    });
    const result = engine.checkItem(historyItem);
    expect(result.addresses).toEqual([
      'aws_security_group.web',
      'aws_security_group_rule.out',
      'aws_vpc_security_group_ingress_rule.https',
    ]);
    expect(result.differences).toEqual([
      {
        path: 'ingress',
        expected: undefined,
        actual: { protocol: 'tcp', from_port: 8080, to_port: 8080, peer: '0.0.0.0/0' },
        type: 'ADD',
      },
    ]);
  });

  it('detects port 22 opened to the world on the 2017-schema event item', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_security_group: {
            ssh: {
              name: 'sg_open_ssh',
              description: 'open ssh',
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
            },
          },
        },
        state: { 'aws_security_group.ssh': { id: 'sg-e2fb6999' } },
      },
    });
    expect(engine.checkItem(eventItem).differences).toEqual([
      {
        path: 'ingress',
        expected: undefined,
        actual: { protocol: 'tcp', from_port: 22, to_port: 22, peer: '0.0.0.0/0' },
        type: 'ADD',
      },
    ]);
  });

  it('folds rules that another stack adds to the group (cross-stack reference), in any stack order', () => {
    const remote = '${data.terraform_remote_state.cross-stack-reference-input-data.outputs.web_id}';
    const rule = (from_port: number, cidr_ipv4: string) => ({
      security_group_id: remote,
      ip_protocol: 'tcp',
      from_port,
      to_port: from_port,
      cidr_ipv4,
    });
    // "app" sorts before "data", where the group lives.
    const engine = engineFor({
      app: {
        resources: {
          aws_vpc_security_group_ingress_rule: {
            https: rule(443, '10.42.1.0/24'),
            alt: rule(8080, '0.0.0.0/0'),
          },
        },
        state: {
          'aws_vpc_security_group_ingress_rule.https': { id: 'sgr-1', security_group_id: 'sg-a38ed1de' },
          'aws_vpc_security_group_ingress_rule.alt': { id: 'sgr-2', security_group_id: 'sg-a38ed1de' },
        },
      },
      data: {
        resources: {
          aws_security_group: {
            web: {
              name: 'allow-access',
              description: 'inbound access',
              vpc_id: 'vpc-72885e14',
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
              tags,
            },
          },
        },
        state,
      },
    });
    const report = engine.check([historyItem]);
    expect(report.resources.map((r) => [r.status, r.stack, r.addresses])).toEqual([
      [
        'IN_SYNC',
        'data',
        [
          'aws_security_group.web',
          'aws_vpc_security_group_ingress_rule.alt',
          'aws_vpc_security_group_ingress_rule.https',
        ],
      ],
    ]);
  });

  it('checks rules added to a group the IaC does not create for presence only', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_vpc_security_group_ingress_rule: {
            r: {
              security_group_id: 'sg-a38ed1de',
              ip_protocol: 'tcp',
              from_port: 8443,
              to_port: 8443,
              cidr_ipv4: '10.0.0.0/8',
            },
          },
        },
      },
    });
    expect(engine.checkItem(historyItem)).toMatchObject({
      status: 'MODIFIED',
      address: 'aws_vpc_security_group_ingress_rule.r',
      differences: [
        {
          path: 'ingress',
          expected: { protocol: 'tcp', from_port: 8443, to_port: 8443, peer: '10.0.0.0/8' },
          actual: undefined,
          type: 'REMOVE',
        },
      ],
    });
  });

  it('never calls a default security group unmanaged', () => {
    const item = { ...eventItem, configuration: { ...eventItem.configuration, groupName: 'default' } };
    expect(engineFor({ net: { resources: {} } }).checkItem(item).reason).toMatch(/default security group/);
  });

  describe('a default security group taken over by aws_default_security_group', () => {
    // The real event item's shape, as Config records a VPC's default group: name "default", AWS's description.
    const defaultGroup = {
      ...eventItem,
      resourceId: 'sg-e2fb6999',
      configuration: {
        ...eventItem.configuration,
        groupName: 'default',
        description: 'default VPC security group',
        ipPermissions: [],
      },
    };
    const stack = (withState: boolean) => ({
      net: {
        resources: {
          aws_default_security_group: {
            d: {
              vpc_id: 'vpc-f16e4296',
              ingress: [],
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
            },
          },
        },
        ...(withState
          ? {
              state: {
                'aws_default_security_group.d': {
                  id: 'sg-e2fb6999',
                  name: 'default',
                  description: 'default VPC security group',
                },
              },
            }
          : {}),
      },
    });

    it("keeps AWS's description and is IN_SYNC with exactly the declared rules", () => {
      expect(engineFor(stack(true)).checkItem(defaultGroup)).toMatchObject({
        status: 'IN_SYNC',
        address: 'aws_default_security_group.d',
        differences: [],
      });
    });

    it('reports a rule added to it: the IaC owns every rule of the group it took over', () => {
      const opened = {
        ...defaultGroup,
        configuration: {
          ...defaultGroup.configuration,
          ipPermissions: eventItem.configuration?.['ipPermissions'],
        },
      };
      expect(engineFor(stack(true)).checkItem(opened)).toMatchObject({
        status: 'MODIFIED',
        differences: [
          {
            path: 'ingress',
            expected: undefined,
            actual: { protocol: 'tcp', from_port: 22, to_port: 22, peer: '0.0.0.0/0' },
            type: 'ADD',
          },
        ],
      });
    });

    it('still expects "Managed by Terraform" on a group the IaC creates without a description', () => {
      const engine = engineFor({
        net: {
          resources: { aws_security_group: { web: { name: 'sg_open_ssh', vpc_id: 'vpc-f16e4296' } } },
          state: { 'aws_security_group.web': { id: 'sg-e2fb6999', name: 'sg_open_ssh' } },
        },
      });
      expect(engine.checkItem(eventItem).differences.find((d) => d.path === 'description')).toEqual({
        path: 'description',
        expected: 'Managed by Terraform',
        actual: 'open ssh',
        type: 'NOT_EQUAL',
      });
    });
  });
});
