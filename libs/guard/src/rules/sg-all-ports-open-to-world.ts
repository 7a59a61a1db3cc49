import {
  INGRESS_TYPES,
  coversAllPorts,
  ingressPermissions,
  isOpenToWorld,
} from '../inspect/security-group-rules';
import { GuardRule } from '../model';

export const sgAllPortsOpenToWorld: GuardRule = {
  id: 'GW-NET-003',
  severity: 'error',
  title: 'Security group must not allow all ports from the internet',
  why: 'Every listening service, including ones never meant to be reachable, is exposed to the whole internet.',
  fix: 'Allow only the ports the workload serves (e.g. 443) and only from the sources that need them.',
  checkov: ['CKV_AWS_277'],
  trivy: ['aws-ec2-no-public-ingress-sgr'],
  resourceTypes: INGRESS_TYPES,
  check(resource) {
    return ingressPermissions(resource)
      .filter((p) => isOpenToWorld(p) && coversAllPorts(p))
      .map((p) => `ingress of all ports (${p.protocol}) is open to ${p.cidrs.join(', ')}`);
  },
};
