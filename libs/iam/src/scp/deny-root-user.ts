import { Statement } from '../policy/statement';
import { ServiceControlPolicy, serviceControlPolicy } from './service-control-policy';

/**
 * Denies everything to the root user of member accounts: people use IAM users or federation. SCPs never apply
 * to the management account, so its root user stays usable for account recovery.
 */
export function denyRootUser(partition = 'aws'): ServiceControlPolicy {
  return serviceControlPolicy('DenyRootUser', 'The root user of member accounts can do nothing', [
    Statement.deny({
      sid: 'DenyRootUser',
      actions: ['*'],
      resources: ['*'],
      conditions: { ArnLike: { 'aws:PrincipalArn': `arn:${partition}:iam::*:root` } },
    }),
  ]);
}
