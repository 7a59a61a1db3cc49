import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';

/**
 * The limited IAM set that Developers get on top of PowerUserAccess (which excludes IAM): read IAM, and pass
 * only the roles in `passRoleArns` (by default the service roles under the `/service/` path that `ServiceRole`
 * uses) to AWS services. No user, group, policy or access-key management.
 */
export function developerIamPolicy(passRoleArns: readonly string[]): PolicyDocument {
  return new PolicyDocument({
    statements: [
      Statement.allow({
        sid: 'ReadIam',
        actions: ['iam:Get*', 'iam:List*', 'iam:GenerateServiceLastAccessedDetails'],
        resources: ['*'],
      }),
      Statement.allow({
        sid: 'PassServiceRoles',
        actions: ['iam:PassRole'],
        resources: passRoleArns,
      }),
    ],
  });
}
