import {
  INGRESS_TYPES,
  IngressPermission,
  coversAllPorts,
  hasInvalidPort,
  ingressPermissions,
  reachesWorld,
} from '../../inspect/security-group-rules';
import { CheckResult, GuardRule } from '../../model';
import { undecided } from '../../values';

export const sgAllPortsOpenToWorld: GuardRule = {
  id: 'GW-NET-003',
  severity: 'error',
  title: 'Security group must not allow all ports from the internet',
  why: 'Every listening service, including ones never meant to be reachable, is exposed to the whole internet.',
  fix: 'Allow only the ports the workload serves (e.g. 443) and only from the sources that need them.',
  checkov: ['CKV_AWS_277'],
  trivy: ['aws-ec2-no-public-ingress-sgr'],
  differences: [
    'A rule that also sets self = true is still reported when it opens 0.0.0.0/0 or ::/0; checkov passes it.',
    'Only every port open to the internet is reported here, and SSH and RDP by GW-NET-001 and GW-NET-002; trivy reports any port open to the internet, and a rule resource without protocol or ports.',
  ],
  resourceTypes: INGRESS_TYPES,
  check(resource) {
    return ingressPermissions(resource).flatMap((p) => allPortsResult(p));
  },
};

function allPortsResult(p: IngressPermission): CheckResult[] {
  const world = reachesWorld(p);
  const all = coversAllPorts(p);
  if (world === 'no' || all === 'no') return [];
  if (world === 'yes' && all === 'yes') {
    const what = hasInvalidPort(p)
      ? `ingress ${p.describe()} (port -1, read as every port; AWS accepts TCP and UDP ports 0-65535 only)`
      : `ingress of all ports (${String(p.protocol)})`;
    return [`${what} is open to ${p.worldCidrs().join(', ')}`];
  }
  return [
    undecided(
      `ingress ${p.describe()} may open every port to the internet: its ${p.unknownParts(0).join(' and ')} computed`,
    ),
  ];
}
