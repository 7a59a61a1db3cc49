import { PolicyCondition, policyStatements } from '../inspect/iam-policy';
import { GuardRule } from '../model';

export const s3TlsOnly: GuardRule = {
  id: 'GW-S3-009',
  severity: 'error',
  title: 'S3 bucket policy must deny requests that are not over TLS',
  why: 'S3 accepts plain HTTP requests unless the bucket policy denies them; data and credentials then cross the network unencrypted.',
  fix: 'Add an aws_s3_bucket_policy with a Deny statement for s3:* on the bucket and its objects, condition Bool aws:SecureTransport = "false".',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    const policies = config.referencing('aws_s3_bucket_policy', 'bucket', bucket);
    if (policies.length === 0) return ['the bucket has no aws_s3_bucket_policy denying non-TLS requests'];
    for (const policy of policies) {
      const statements = policyStatements(policy.values.policy, config);
      if (statements === undefined) return []; // unreadable policy: never a guess
      const deniesPlainHttp = statements.some(
        (s) => s.effect === 'Deny' && s.conditions.some(matchesPlainHttp),
      );
      if (deniesPlainHttp) return [];
    }
    return ['the bucket policy does not deny requests where aws:SecureTransport is false'];
  },
};

/**
 * `Bool` (or `BoolIfExists`) `aws:SecureTransport` = false. IAM matches condition keys and boolean values
 * without regard to case, so `aws:securetransport` and `"False"` count too.
 */
function matchesPlainHttp(condition: PolicyCondition): boolean {
  return (
    (condition.test === 'Bool' || condition.test === 'BoolIfExists') &&
    condition.variable.toLowerCase() === 'aws:securetransport' &&
    condition.values.some((v) => v.toLowerCase() === 'false')
  );
}
