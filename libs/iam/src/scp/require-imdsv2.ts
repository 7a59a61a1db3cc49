import { requireWholeNumber } from '@groundwork/core';
import { Statement } from '../policy/statement';
import {
  ScpExemptionOptions,
  ServiceControlPolicy,
  exemptionCondition,
  serviceControlPolicy,
} from './service-control-policy';

export interface RequireImdsv2Options extends ScpExemptionOptions {
  /** Highest metadata response hop limit at launch; 2 lets containers on the instance reach IMDS. @default 2 */
  readonly maxHopLimit?: number;
}

/**
 * Instances launch with IMDSv2 required (session tokens), metadata options cannot be loosened afterwards
 * except by the exempt roles, and credentials delivered through IMDSv1 are refused everywhere.
 */
export function requireImdsv2(options: RequireImdsv2Options = {}): ServiceControlPolicy {
  const partition = options.partition ?? 'aws';
  const hopLimit = options.maxHopLimit ?? 2;
  requireWholeNumber('requireImdsv2', 'maxHopLimit', hopLimit, { min: 1, max: 64 });
  const instances = `arn:${partition}:ec2:*:*:instance/*`;
  return serviceControlPolicy('RequireImdsv2', 'EC2 instances use IMDSv2 only', [
    Statement.deny({
      sid: 'RequireImdsv2AtLaunch',
      actions: ['ec2:RunInstances'],
      resources: [instances],
      conditions: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } },
    }),
    Statement.deny({
      sid: 'LimitMetadataHopLimit',
      actions: ['ec2:RunInstances'],
      resources: [instances],
      conditions: { NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': hopLimit } },
    }),
    Statement.deny({
      sid: 'DenyMetadataOptionChanges',
      actions: ['ec2:ModifyInstanceMetadataOptions'],
      resources: ['*'],
      conditions: { ...exemptionCondition(options) },
    }),
    Statement.deny({
      sid: 'DenyImdsv1Credentials',
      actions: ['*'],
      resources: ['*'],
      conditions: { NumericLessThan: { 'ec2:RoleDelivery': '2.0' } },
    }),
  ]);
}
