import { Construct } from 'constructs';
import {
  CrossAccountRole,
  GithubOidcRole,
  IdentityBaseline,
  ServiceRole,
  awsManagedPolicyArn,
} from '@groundwork/iam';
import { suppress } from '@groundwork/governance';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

/**
 * `identity-<env>`: who may do what in the environment account. People get groups with MFA enforced, the outside
 * account a switch role, GitHub Actions two OIDC roles (deploy and read-only drift), instances their roles.
 */
export class IdentityStack extends EnvironmentStack {
  readonly baseline: IdentityBaseline;
  readonly switchRole: CrossAccountRole;
  readonly deployRole: GithubOidcRole;
  readonly driftReaderRole: GithubOidcRole;
  readonly webInstanceRole: ServiceRole;
  readonly appInstanceRole: ServiceRole;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    const { env, org } = props;
    const prefix = `${org.project}-${env.name}`;
    const repository = org.github.repository;

    this.baseline = new IdentityBaseline(this, 'baseline');

    this.switchRole = new CrossAccountRole(this, 'switch-role', {
      roleName: `${prefix}-switch-readonly`,
      description: 'Switch role for the outside account: read-only, MFA required',
      trustedAccountIds: env.switchRoleTrustedAccountIds,
      requireMfa: true,
      managedPolicyArns: [awsManagedPolicyArn('ReadOnlyAccess')],
      maxSessionDurationSeconds: 3600,
    });

    // The deploy role applies every stack, IAM included, so it holds administrator rights; only the main branch
    // and the environment's approval gate can assume it.
    this.deployRole = new GithubOidcRole(this, 'deploy-role', {
      roleName: `${prefix}-github-deploy`,
      description: `GitHub Actions deploy of ${repository} to ${env.name}`,
      subjects: [{ repository, environment: env.name }],
      managedPolicyArns: [awsManagedPolicyArn('AdministratorAccess')],
    });
    suppress(
      this.deployRole,
      'GW-IAM-001',
      'the deploy role applies every stack, IAM and Organizations resources included; only the GitHub ' +
        `environment "${env.name}" of ${repository} can assume it, behind its approval rules`,
    );

    this.driftReaderRole = new GithubOidcRole(this, 'drift-reader-role', {
      roleName: `${prefix}-github-drift-reader`,
      description: `Read-only drift check of ${repository} in ${env.name}`,
      // The drift workflow runs its jobs in the `<env>-drift` GitHub environment (no reviewers, so it never waits).
      subjects: [{ repository, environment: `${env.name}-drift` }],
      providerArn: this.deployRole.providerArn,
      managedPolicyArns: [awsManagedPolicyArn('ReadOnlyAccess')],
    });

    const instancePolicies = [awsManagedPolicyArn('AmazonSSMManagedInstanceCore')];
    this.webInstanceRole = new ServiceRole(this, 'web-instance-role', {
      roleName: `${prefix}-web-instance`,
      service: 'ec2.amazonaws.com',
      managedPolicyArns: instancePolicies,
    });
    this.appInstanceRole = new ServiceRole(this, 'app-instance-role', {
      roleName: `${prefix}-app-instance`,
      service: 'ec2.amazonaws.com',
      managedPolicyArns: instancePolicies,
    });
  }
}
