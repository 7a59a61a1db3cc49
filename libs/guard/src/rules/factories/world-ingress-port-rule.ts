import {
  INGRESS_TYPES,
  IngressPermission,
  exposesPort,
  ingressPermissions,
  reachesWorld,
} from '../../inspect/security-group-rules';
import { CheckResult, GuardRule } from '../../model';
import { undecided } from '../../values';

/** Builds the rule for one administration port open to 0.0.0.0/0 or ::/0, in any of the three rule forms. */
export function worldIngressPortRule(
  port: number,
  rule: Omit<GuardRule, 'resourceTypes' | 'check' | 'severity'>,
): GuardRule {
  return {
    ...rule,
    severity: 'error',
    resourceTypes: INGRESS_TYPES,
    check(resource) {
      return ingressPermissions(resource).flatMap((p) => portResult(p, port));
    },
  };
}

function portResult(p: IngressPermission, port: number): CheckResult[] {
  const world = reachesWorld(p);
  const exposed = exposesPort(p, port);
  if (world === 'no' || exposed === 'no') return [];
  const what = `ingress ${p.describe()}`;
  if (world === 'yes' && exposed === 'yes') return [`${what} is open to ${p.worldCidrs().join(', ')}`];
  return [
    undecided(
      `${what} may open port ${port} to the internet: its ${p.unknownParts(port).join(' and ')} computed`,
    ),
  ];
}
