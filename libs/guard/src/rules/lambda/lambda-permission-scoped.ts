import { CheckResult, GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

export const lambdaPermissionScoped: GuardRule = {
  id: 'GW-LMB-005',
  severity: 'error',
  title: 'Lambda permission must name who may invoke the function',
  why: 'A permission for "*" lets anyone invoke the function; one for a service principal without source_arn or source_account lets that service invoke it on behalf of any account (the confused deputy).',
  fix: 'Grant a specific account or role, or for a service principal set source_arn (the rule, bucket or topic) or source_account.',
  checkov: ['CKV_AWS_364', 'CKV_AWS_301'],
  trivy: ['aws-lambda-restrict-source-arn'],
  differences: [
    'source_account alone is enough for a service principal, as in checkov; trivy requires source_arn.',
  ],
  resourceTypes: ['aws_lambda_permission'],
  check(permission) {
    const b = permission.body;
    const principal = b.string('principal');
    if (principal instanceof Expression)
      return [computed('principal', principal, 'who may invoke the function')];
    if (principal === '*') {
      return b.has('source_account') || b.has('principal_org_id')
        ? []
        : ['principal is "*": anyone may invoke the function'];
    }
    if (principal === undefined || !/\.amazonaws\.com(\.cn)?$/.test(principal)) return [];
    return b.has('source_arn') || b.has('source_account')
      ? []
      : ([
          `the service principal ${principal} is not limited by source_arn or source_account`,
        ] as CheckResult[]);
  },
};
