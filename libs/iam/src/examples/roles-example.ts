import { Construct } from 'constructs';
import { CrossAccountRole } from '../roles/cross-account-role';
import { GithubOidcRole } from '../roles/github-oidc-role';
import { ServiceRole } from '../roles/service-role';
import { awsManagedPolicyArn } from '../policy/managed-policy-arn';

export interface RolesExample {
  readonly appRole: ServiceRole;
  readonly consultantRole: CrossAccountRole;
  readonly deployRole: GithubOidcRole;
}

/** README example: an app instance role, a consultant's switch role and a CI deploy role. */
export function rolesExample(scope: Construct, databaseSecretArn: string): RolesExample {
  const appRole = new ServiceRole(scope, 'app-role', {
    roleName: 'app-instance',
    service: 'ec2.amazonaws.com',
    managedPolicyArns: [awsManagedPolicyArn('AmazonSSMManagedInstanceCore')],
  });
  appRole.grantReadSecret(databaseSecretArn);

  const consultantRole = new CrossAccountRole(scope, 'consultant-role', {
    roleName: 'consultant-readonly',
    trustedAccountIds: ['444455556666'],
    maxMfaAgeSeconds: 3600,
    expiresAt: '2027-06-30T23:59:59Z',
    maxSessionDurationSeconds: 4 * 3600,
    managedPolicyArns: [awsManagedPolicyArn('ReadOnlyAccess')],
  });

  const deployRole = new GithubOidcRole(scope, 'deploy-role', {
    roleName: 'github-deploy',
    subjects: [
      { repository: 'acme/platform', branch: 'main' },
      { repository: 'acme/platform', environment: 'production' },
    ],
    managedPolicyArns: [awsManagedPolicyArn('PowerUserAccess')],
  });
  return { appRole, consultantRole, deployRole };
}
