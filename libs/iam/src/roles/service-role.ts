import { Construct } from 'constructs';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';
import { RoleBase, RoleBaseProps, validateRoleBase } from './role-base';

/** Service principals with a name for the common ones; any `<service>.amazonaws.com` works. */
export type ServicePrincipalName =
  | 'ec2.amazonaws.com'
  | 'lambda.amazonaws.com'
  | 'ecs-tasks.amazonaws.com'
  | 'states.amazonaws.com'
  | 'events.amazonaws.com'
  | 'config.amazonaws.com'
  | `${string}.amazonaws.com`;

export interface ServiceRoleProps extends RoleBaseProps {
  /** The service that assumes the role, e.g. `ec2.amazonaws.com` or `lambda.amazonaws.com`. */
  readonly service: ServicePrincipalName;
  /** Create an instance profile so EC2 instances can use the role. @default true for ec2.amazonaws.com */
  readonly instanceProfile?: boolean;
  /**
   * Secrets Manager secret ARNs the role may read, each through `grantReadSecret` (GetSecretValue and
   * DescribeSecret on exactly that secret). Token ARNs are fine; they cannot be checked at synth time.
   * @default none
   */
  readonly readSecretArns?: readonly string[];
  /**
   * Role path. Developers of `IdentityBaseline` may pass only roles under `/service/`.
   * @default '/service/'
   */
  readonly path?: string;
}

const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com$/;

/** A role an AWS service assumes (an EC2 instance with its instance profile, a Lambda function, ...). */
export class ServiceRole extends RoleBase {
  readonly instanceProfile?: IamInstanceProfile;

  constructor(scope: Construct, id: string, props: ServiceRoleProps) {
    super(scope, id);
    const where = `ServiceRole ${this.node.path}`;
    validateRoleBase(where, props);
    if (!SERVICE_PRINCIPAL.test(props.service)) {
      throw new Error(
        `${where}: service "${props.service}" is not a service principal: use e.g. ec2.amazonaws.com`,
      );
    }
    const path = props.path ?? '/service/';
    if (!/^\/([\w+=,.@-]+\/)*$/.test(path)) {
      throw new Error(`${where}: path "${path}" must start and end with "/", e.g. /service/`);
    }
    const trustPolicy = new PolicyDocument({
      statements: [
        Statement.allow({
          sid: 'TrustService',
          principals: { Service: [props.service] },
          actions: ['sts:AssumeRole'],
        }),
      ],
    });
    this.createRole({ ...props, path, trustPolicy });
    if (props.instanceProfile ?? props.service === 'ec2.amazonaws.com') {
      this.instanceProfile = new IamInstanceProfile(this, 'instance-profile', {
        name: props.roleName,
        path,
        role: this.role.name,
      });
    }
    for (const secretArn of props.readSecretArns ?? []) this.grantReadSecret(secretArn);
  }
}
