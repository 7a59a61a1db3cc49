import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const ingressSg = (...rules: Record<string, unknown>[]) => ({
  aws_security_group: { web: { vpc_id: '${aws_vpc.main.id}', ingress: rules } },
});
const sgRule = (rule: Record<string, unknown>) => ({
  aws_security_group_rule: {
    r: { type: 'ingress', security_group_id: '${aws_security_group.web.id}', ...rule },
  },
});
const vpcRule = (rule: Record<string, unknown>) => ({
  aws_vpc_security_group_ingress_rule: { r: { security_group_id: '${aws_security_group.web.id}', ...rule } },
});
const dynamicIngress = (forEach: unknown, content: Record<string, unknown>) => ({
  aws_security_group: {
    web: { vpc_id: '${aws_vpc.main.id}', dynamic: { ingress: { for_each: forEach, content } } },
  },
});

const portFixtures = (port: number): RuleFixtures => ({
  passes: [
    {
      name: 'the port from a private range',
      json: tf(ingressSg({ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['10.0.0.0/16'] })),
    },
    {
      name: 'only 443 from the world',
      json: tf(ingressSg({ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] })),
    },
    {
      name: 'the port from another security group (no CIDR)',
      json: tf(
        ingressSg({
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          security_groups: ['${aws_security_group.lb.id}'],
        }),
      ),
    },
    {
      name: 'tcp 0-0 (port 0 only, not every port)',
      json: tf(ingressSg({ protocol: 'tcp', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] })),
    },
    {
      name: 'an egress rule resource',
      json: tf(
        sgRule({
          type: 'egress',
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
    },
    {
      name: 'a dynamic ingress over literal ports that do not include it',
      json: tf(
        dynamicIngress([443, 8443], {
          protocol: 'tcp',
          from_port: '${ingress.value}',
          to_port: '${ingress.value}',
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
    },
    {
      name: 'a security group with no ingress at all',
      json: tf({ aws_security_group: { web: { vpc_id: '${aws_vpc.main.id}' } } }),
    },
  ],
  fails: [
    {
      name: 'inline ingress from 0.0.0.0/0',
      json: tf(
        ingressSg({
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          cidr_blocks: ['192.168.0.0/16', '0.0.0.0/0'],
        }),
      ),
      at: 'aws_security_group.web',
    },
    {
      name: 'aws_security_group_rule from ::/0 over a range',
      json: tf(sgRule({ protocol: '6', from_port: port - 1, to_port: port + 1, ipv6_cidr_blocks: ['::/0'] })),
      at: 'aws_security_group_rule.r',
    },
    {
      name: 'aws_vpc_security_group_ingress_rule from 0.0.0.0/0',
      json: tf(vpcRule({ ip_protocol: 'tcp', from_port: port, to_port: port, cidr_ipv4: '0.0.0.0/0' })),
      at: 'aws_vpc_security_group_ingress_rule.r',
    },
    {
      name: 'a dynamic ingress over literal ports, one of them this one',
      json: tf(
        dynamicIngress([443, port], {
          protocol: 'tcp',
          from_port: '${ingress.value}',
          to_port: '${ingress.value}',
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
      at: 'aws_security_group.web',
    },
    {
      name: 'a dynamic ingress with a named iterator over a literal map of rules',
      json: tf({
        aws_security_group: {
          web: {
            dynamic: {
              ingress: {
                for_each: { admin: { port, cidr: '0.0.0.0/0' } },
                iterator: 'rule',
                content: {
                  protocol: 'tcp',
                  from_port: '${rule.value.port}',
                  to_port: '${rule.value["port"]}',
                  cidr_blocks: ['${rule.value.cidr}'],
                  description: 'rule ${rule.key}',
                },
              },
            },
          },
        },
      }),
      at: 'aws_security_group.web',
    },
    {
      name: 'a dynamic ingress with a computed for_each whose content opens the port',
      json: tf(
        dynamicIngress('${var.enable_admin ? [1] : []}', {
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
      at: 'aws_security_group.web',
    },
    {
      name: 'a rule with a literal for_each of CIDRs, by instance',
      json: tf(
        sgRule({
          for_each: '${toset(["10.0.0.0/8", "0.0.0.0/0"])}',
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          cidr_blocks: ['${each.value}'],
        }),
      ),
      at: 'aws_security_group_rule.r["0.0.0.0/0"]',
    },
  ],
  undecided: [
    {
      name: 'a CIDR that is computed',
      json: tf(
        sgRule({ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['${var.admin_cidr}'] }),
      ),
      at: 'aws_security_group_rule.r',
    },
    {
      name: 'computed ports from the world',
      json: tf(
        vpcRule({
          ip_protocol: 'tcp',
          from_port: '${var.port}',
          to_port: '${var.port}',
          cidr_ipv4: '0.0.0.0/0',
        }),
      ),
      at: 'aws_vpc_security_group_ingress_rule.r',
    },
    {
      name: 'a dynamic ingress over a computed list of ports from the world',
      json: tf(
        dynamicIngress('${var.ports}', {
          protocol: 'tcp',
          from_port: '${ingress.value}',
          to_port: '${ingress.value}',
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
      at: 'aws_security_group.web',
    },
    {
      name: 'ingress rules given whole by a variable',
      json: tf({ aws_security_group: { web: { ingress: '${var.ingress_rules}' } } }),
      at: 'aws_security_group.web',
    },
  ],
});

export const NETWORK_FIXTURES: Record<string, RuleFixtures> = {
  'GW-NET-001': portFixtures(22),
  'GW-NET-002': portFixtures(3389),
  'GW-NET-003': {
    passes: [
      {
        name: 'all ports inside the VPC',
        json: tf(ingressSg({ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/8'] })),
      },
      {
        name: 'one port from the world',
        json: tf(vpcRule({ ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' })),
      },
      {
        name: 'icmp -1 (every ICMP type) from the world',
        json: tf(ingressSg({ protocol: 'icmp', from_port: -1, to_port: -1, cidr_blocks: ['0.0.0.0/0'] })),
      },
    ],
    fails: [
      {
        name: 'protocol -1 from 0.0.0.0/0 inline',
        json: tf(ingressSg({ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] })),
        at: 'aws_security_group.web',
      },
      {
        name: 'protocol -1 from 0.0.0.0/0 even with self = true',
        json: tf(
          ingressSg({ protocol: '-1', from_port: 0, to_port: 65535, cidr_blocks: ['0.0.0.0/0'], self: true }),
        ),
        at: 'aws_security_group.web',
      },
      {
        name: 'ip_protocol -1 from ::/0 on a VPC ingress rule',
        json: tf(vpcRule({ ip_protocol: '-1', cidr_ipv6: '::/0' })),
        at: 'aws_vpc_security_group_ingress_rule.r',
      },
      {
        name: 'tcp 0-65535 on a rule resource',
        json: tf(sgRule({ protocol: 'tcp', from_port: 0, to_port: 65535, cidr_blocks: ['0.0.0.0/0'] })),
        at: 'aws_security_group_rule.r',
      },
      {
        name: 'tcp -1 to -1 inline (AWS rejects port -1 for TCP; read as every port)',
        json: tf(ingressSg({ protocol: 'tcp', from_port: -1, to_port: -1, cidr_blocks: ['0.0.0.0/0'] })),
        at: 'aws_security_group.web',
      },
      {
        name: 'udp -1 to -1 on a VPC ingress rule',
        json: tf(vpcRule({ ip_protocol: 'udp', from_port: -1, to_port: -1, cidr_ipv4: '0.0.0.0/0' })),
        at: 'aws_vpc_security_group_ingress_rule.r',
      },
    ],
    undecided: [
      {
        name: 'a computed protocol from the world',
        json: tf(vpcRule({ ip_protocol: '${var.proto}', cidr_ipv4: '0.0.0.0/0' })),
        at: 'aws_vpc_security_group_ingress_rule.r',
      },
      {
        name: 'a rule whose type is computed',
        json: tf(
          sgRule({
            type: '${var.direction}',
            protocol: '-1',
            from_port: 0,
            to_port: 0,
            cidr_blocks: ['0.0.0.0/0'],
          }),
        ),
        at: 'aws_security_group_rule.r',
      },
    ],
  },
  'GW-NET-004': {
    passes: [
      { name: 'no rules', json: tf({ aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } } }) },
      {
        name: 'a VPC whose default group is taken over with no rules',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } },
        }),
      },
      {
        name: 'a rule resource on another security group',
        json: tf({
          aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } },
          aws_vpc_security_group_ingress_rule: {
            r: {
              security_group_id: '${aws_security_group.web.id}',
              ip_protocol: 'tcp',
              from_port: 443,
              to_port: 443,
            },
          },
        }),
      },
    ],
    fails: [
      {
        name: 'an egress rule',
        json: tf({
          aws_default_security_group: {
            d: {
              vpc_id: '${aws_vpc.main.id}',
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
            },
          },
        }),
        at: 'aws_default_security_group.d',
      },
      {
        name: 'a self-referencing ingress rule',
        json: tf({
          aws_default_security_group: {
            d: { ingress: [{ protocol: '-1', self: true, from_port: 0, to_port: 0 }] },
          },
        }),
        at: 'aws_default_security_group.d',
      },
      {
        name: 'an aws_security_group_rule added to it',
        json: tf({
          aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } },
          aws_security_group_rule: {
            r: {
              type: 'ingress',
              protocol: '-1',
              from_port: 0,
              to_port: 0,
              security_group_id: '${aws_default_security_group.d.id}',
            },
          },
        }),
        at: 'aws_default_security_group.d',
      },
      {
        name: 'a VPC ingress rule added to it',
        json: tf({
          aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } },
          aws_vpc_security_group_ingress_rule: {
            r: {
              security_group_id: '${aws_default_security_group.d.id}',
              cidr_ipv4: '10.0.0.0/8',
              ip_protocol: 'tcp',
              from_port: 80,
              to_port: 8080,
            },
          },
        }),
        at: 'aws_default_security_group.d',
      },
      {
        name: 'a VPC whose default group is not taken over (it keeps the rules AWS creates)',
        json: tf({ aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } }),
        at: 'aws_vpc.main',
      },
      {
        name: "a VPC egress rule on the VPC's default group, named through the VPC",
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } },
          aws_vpc_security_group_egress_rule: {
            r: {
              security_group_id: '${aws_vpc.main.default_security_group_id}',
              cidr_ipv4: '0.0.0.0/0',
              ip_protocol: '-1',
            },
          },
        }),
        at: 'aws_vpc_security_group_egress_rule.r',
      },
    ],
    undecided: [
      {
        name: 'a default group taken over for a VPC id the scanner cannot resolve',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_default_security_group: { d: { vpc_id: '${var.vpc_id}' } },
        }),
        at: 'aws_vpc.main',
      },
    ],
  },
  'GW-NET-005': {
    passes: [
      {
        name: 'a flow log on the VPC',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_flow_log: { f: { vpc_id: '${aws_vpc.main.id}', traffic_type: 'ALL' } },
        }),
      },
      {
        name: 'a flow log per VPC instance',
        json: tf({
          aws_vpc: {
            main: { for_each: { a: '10.0.0.0/16', b: '10.1.0.0/16' }, cidr_block: '${each.value}' },
          },
          aws_flow_log: {
            f: { for_each: { a: 'a', b: 'b' }, vpc_id: '${aws_vpc.main[each.key].id}', traffic_type: 'ALL' },
          },
        }),
      },
    ],
    fails: [
      {
        name: 'a flow log on another VPC only',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' }, main2: { cidr_block: '10.1.0.0/16' } },
          aws_flow_log: { f: { vpc_id: '${aws_vpc.main2.id}', traffic_type: 'ALL' } },
        }),
        at: 'aws_vpc.main',
      },
    ],
    undecided: [
      {
        name: 'a flow log on a VPC given by a variable',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_flow_log: { f: { vpc_id: '${var.vpc_id}', traffic_type: 'ALL' } },
        }),
        at: 'aws_vpc.main',
      },
    ],
  },
  'GW-NET-006': {
    passes: [
      { name: 'default', json: tf({ aws_subnet: { s: { cidr_block: '10.0.0.0/24' } } }) },
      { name: 'false as a string', json: tf({ aws_subnet: { s: { map_public_ip_on_launch: 'false' } } }) },
    ],
    fails: [
      {
        name: 'true',
        json: tf({ aws_subnet: { s: { map_public_ip_on_launch: true } } }),
        at: 'aws_subnet.s',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf({ aws_subnet: { s: { map_public_ip_on_launch: '${var.pub}' } } }),
        at: 'aws_subnet.s',
      },
    ],
  },
};
