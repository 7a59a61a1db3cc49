import { Statement } from '../policy/statement';
import {
  ScpExemptionOptions,
  ServiceControlPolicy,
  exemptionCondition,
  serviceControlPolicy,
} from './service-control-policy';

/**
 * The account-level S3 Block Public Access settings cannot be changed or removed (removing them also needs
 * s3:PutAccountPublicAccessBlock).
 */
export function denyS3PublicAccessBlockChanges(options: ScpExemptionOptions = {}): ServiceControlPolicy {
  return serviceControlPolicy(
    'DenyS3PublicAccessBlockChanges',
    'The account-level S3 public access block stays as set',
    [
      Statement.deny({
        sid: 'DenyAccountPublicAccessBlockChanges',
        actions: ['s3:PutAccountPublicAccessBlock'],
        resources: ['*'],
        conditions: { ...exemptionCondition(options) },
      }),
    ],
  );
}
