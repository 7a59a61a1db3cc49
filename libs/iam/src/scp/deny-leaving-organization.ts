import { Statement } from '../policy/statement';
import { ServiceControlPolicy, serviceControlPolicy } from './service-control-policy';

/** Member accounts cannot leave the organization (and so escape its SCPs). */
export function denyLeavingOrganization(): ServiceControlPolicy {
  return serviceControlPolicy('DenyLeavingOrganization', 'Member accounts cannot leave the organization', [
    Statement.deny({
      sid: 'DenyLeaveOrganization',
      actions: ['organizations:LeaveOrganization'],
      resources: ['*'],
    }),
  ]);
}
