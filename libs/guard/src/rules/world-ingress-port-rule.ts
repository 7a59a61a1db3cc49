import {
  INGRESS_TYPES,
  exposesPort,
  ingressPermissions,
  isOpenToWorld,
} from '../inspect/security-group-rules';
import { GuardRule } from '../model';

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
      return ingressPermissions(resource)
        .filter((p) => isOpenToWorld(p) && exposesPort(p, port))
        .map((p) => `ingress ${p.protocol} ${p.fromPort}-${p.toPort} is open to ${p.cidrs.join(', ')}`);
    },
  };
}
