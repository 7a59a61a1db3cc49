import fc from 'fast-check';
import { awsConfigExample } from '../fixtures/load-fixture';
import { parseLive } from '../live/parse-live';
import { compareDocuments } from './compare';
import { NormSet } from './norm-values';
import {
  normalizeProtocol,
  ruleFromVpcRuleResource,
  rulesFromConfigPermission,
  rulesFromTerraformBlock,
} from './security-group-rules';

describe('security group rule normalization', () => {
  it('compares IPv6 peers as AWS writes them back, whatever the IaC spelling', () => {
    const declared = [
      ...(rulesFromTerraformBlock({
        protocol: 'tcp',
        from_port: 443,
        to_port: 443,
        ipv6_cidr_blocks: ['2001:DB8:0:0::/64'],
      }) as never[]),
      ...(ruleFromVpcRuleResource({
        ip_protocol: 'tcp',
        from_port: 80,
        to_port: 80,
        cidr_ipv6: '0:0:0:0:0:0:0:0/0',
      }) as never[]),
    ];
    const live = rulesFromConfigPermission(
      { ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipv6Ranges: [{ cidrIpv6: '2001:db8::/64' }] },
      'sg-1',
    ).concat(
      rulesFromConfigPermission(
        { ipProtocol: 'tcp', fromPort: 80, toPort: 80, ipv6Ranges: [{ cidrIpv6: '::/0' }] },
        'sg-1',
      ),
    );
    expect(compareDocuments({ ingress: new NormSet(declared) }, { ingress: new NormSet(live) })).toEqual([]);
  });

  it('reads both the 2017 schema (ipv4Ranges) and the 2016 one (ipRanges strings, null egress ports) to the same rules', () => {
    const [event] = parseLive(
      awsConfigExample('custodian-rule-event-ConfigurationItemChangeNotification-security-group.json'),
      'e',
    ).items;
    const [history] = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-security-group.json'),
      'h',
    ).items;
    const egress = (c: Record<string, unknown>, id: string) =>
      (c['ipPermissionsEgress'] as Record<string, unknown>[]).flatMap((p) =>
        rulesFromConfigPermission(p, id),
      );
    expect(egress(event.configuration as Record<string, unknown>, 'sg-e2fb6999')).toEqual([
      { protocol: '-1', from_port: null, to_port: null, peer: '0.0.0.0/0' },
    ]);
    expect(egress(history.configuration as Record<string, unknown>, 'sg-a38ed1de')).toEqual([
      { protocol: '-1', from_port: null, to_port: null, peer: '0.0.0.0/0' },
    ]);
    const ingress = (history.configuration?.['ipPermissions'] as Record<string, unknown>[]).flatMap((p) =>
      rulesFromConfigPermission(p, 'sg-a38ed1de'),
    );
    expect(ingress).toEqual([
      { protocol: 'tcp', from_port: 8080, to_port: 8080, peer: '0.0.0.0/0' },
      { protocol: 'tcp', from_port: 443, to_port: 443, peer: '10.42.1.0/24' },
    ]);
  });

  it('splits a Terraform rule with several peers into atomic rules, with protocol numbers and all-traffic ports normalized', () => {
    expect(
      rulesFromTerraformBlock(
        { protocol: '6', from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'], self: true },
        'sg-1',
      ),
    ).toEqual([
      { protocol: 'tcp', from_port: 443, to_port: 443, peer: '10.0.0.0/8' },
      { protocol: 'tcp', from_port: 443, to_port: 443, peer: '0.0.0.0/0' },
      { protocol: 'tcp', from_port: 443, to_port: 443, peer: 'self' },
    ]);
    expect(ruleFromVpcRuleResource({ ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' })).toEqual([
      { protocol: '-1', from_port: null, to_port: null, peer: '0.0.0.0/0' },
    ]);
    expect(normalizeProtocol('ALL')).toBe('-1');
    expect(normalizeProtocol(17)).toBe('udp');
  });

  it('property: permutations of rules (and of their peers) compare equal; a removed rule does not', () => {
    const rule = fc.record({
      protocol: fc.constantFrom('tcp', 'udp', '6', '-1'),
      from_port: fc.integer({ min: 0, max: 1024 }),
      cidr_blocks: fc.uniqueArray(fc.constantFrom('0.0.0.0/0', '10.0.0.0/16', '192.168.1.0/24'), {
        minLength: 1,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (rules, seed) => {
          const tf = rules.map((r) => ({ ...r, to_port: r.from_port }));
          const shuffled = [...tf]
            .sort(
              (a, b) => (seed[tf.indexOf(a) % seed.length] ?? 0) - (seed[tf.indexOf(b) % seed.length] ?? 0),
            )
            .map((r) => ({ ...r, cidr_blocks: [...r.cidr_blocks].reverse() }));
          const atoms = (list: typeof tf) =>
            new NormSet(list.flatMap((b) => rulesFromTerraformBlock(b) as object[]));
          expect(compareDocuments({ ingress: atoms(tf) }, { ingress: atoms(shuffled) })).toEqual([]);
          const fewer = atoms(tf.slice(1));
          const lost = new Set((rulesFromTerraformBlock(tf[0]) as object[]).map((x) => JSON.stringify(x)));
          const stillThere = (fewer.items as object[]).map((x) => JSON.stringify(x));
          if ([...lost].some((l) => !stillThere.includes(l)))
            expect(compareDocuments({ ingress: atoms(tf) }, { ingress: fewer }).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
