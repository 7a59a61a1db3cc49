import { Statement } from '../policy/statement';
import {
  ScpExemptionOptions,
  ServiceControlPolicy,
  exemptionCondition,
  serviceControlPolicy,
} from './service-control-policy';

/** No one creates access keys for IAM users: workloads use roles, people use SSO or MFA sessions. */
export function denyIamUserAccessKeys(options: ScpExemptionOptions = {}): ServiceControlPolicy {
  const partition = options.partition ?? 'aws';
  return serviceControlPolicy('DenyIamUserAccessKeys', 'No long-lived access keys for IAM users', [
    Statement.deny({
      sid: 'DenyCreateAccessKey',
      actions: ['iam:CreateAccessKey'],
      resources: [`arn:${partition}:iam::*:user/*`],
      conditions: { ...exemptionCondition(options) },
    }),
  ]);
}
