import { Construct } from 'constructs';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { ADAPTED_RESOURCE_TYPES } from '@groundwork/drift';
import {
  configChangePattern,
  DEFAULT_MEMBER_DELIVERY_ROLE_NAME,
  DEFAULT_MEMBER_READ_ROLE_NAME,
  MEMBER_READ_ACTIONS,
} from '@groundwork/governance';
import { CrossAccountRole, PolicyDocument, Statement } from '@groundwork/iam';
import { EnvironmentStack, EnvironmentStackProps } from './environment-stack';

export interface DriftMemberStackProps extends EnvironmentStackProps {
  /** The audit account that runs the organization's drift checker. */
  readonly auditAccountId: string;
  /** Its central bus, which admits the organization's accounts. */
  readonly centralBusArn: string;
  /** The central functions' roles: the only principals the read role trusts. */
  readonly centralRoleArns: readonly string[];
  /** The central delivery function's role: the only principal the delivery role trusts. */
  readonly centralDeliveryRoleArn: string;
}

/**
 * `drift-member-<env>`, in each member account: a rule on the account's default bus that forwards its Config
 * changes to the central bus, the read-only role the central functions assume, and the role the central delivery
 * function assumes to put the sweep's evaluations with the organization rule's result token.
 */
export class DriftMemberStack extends EnvironmentStack {
  readonly readRole: CrossAccountRole;
  readonly deliveryRole: CrossAccountRole;

  constructor(scope: Construct, id: string, props: DriftMemberStackProps) {
    super(scope, id, props);
    const { org, env } = props;
    const forwarderName = `${org.project}-${env.name}-drift-forward`;
    const forwarder = new IamRole(this, 'forward-role', {
      name: forwarderName,
      description: "Forwards this account's Config changes to the organization's drift bus",
      assumeRolePolicy: new DataAwsIamPolicyDocument(this, 'forward-assume-role', {
        statement: [
          {
            actions: ['sts:AssumeRole'],
            principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
            condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [env.accountId] }],
          },
        ],
      }).json,
    });
    new IamRolePolicy(this, 'forward-policy', {
      name: forwarderName,
      role: forwarder.id,
      policy: new DataAwsIamPolicyDocument(this, 'forward-policy-document', {
        statement: [
          { sid: 'PutToCentralBus', actions: ['events:PutEvents'], resources: [props.centralBusArn] },
        ],
      }).json,
    });
    const rule = new CloudwatchEventRule(this, 'forward-config-changes', {
      name: forwarderName,
      description: "Config changes, to the organization's drift bus",
      eventPattern: JSON.stringify(configChangePattern(ADAPTED_RESOURCE_TYPES)),
    });
    new CloudwatchEventTarget(this, 'forward-target', {
      rule: rule.name,
      arn: props.centralBusArn,
      roleArn: forwarder.arn,
    });

    this.readRole = new CrossAccountRole(this, 'read-role', {
      roleName: DEFAULT_MEMBER_READ_ROLE_NAME,
      description: "The organization's drift checker reads this account: configuration only, no data",
      trustedAccountIds: [props.auditAccountId],
      trustedPrincipalArns: props.centralRoleArns,
      // Services assume it, not people: the trust names the exact roles instead.
      requireMfa: false,
    });
    // Exactly what the central reads call: Config, Cloud Control and what each swept type's handlers or direct read
    // call (MEMBER_READ_ACTIONS); Describe, Get and List only, none of which can name its resources in advance.
    this.readRole.grant(
      new PolicyDocument({
        statements: [
          Statement.allow({ sid: 'ReadConfiguration', actions: [...MEMBER_READ_ACTIONS], resources: ['*'] }),
        ],
      }),
      'read-configuration',
    );

    // PutEvaluations runs in this account: the organization rule's result token is for this account's Config.
    this.deliveryRole = new CrossAccountRole(this, 'delivery-role', {
      roleName: DEFAULT_MEMBER_DELIVERY_ROLE_NAME,
      description: "The organization's drift checker puts its rule's evaluations into this account's Config",
      trustedAccountIds: [props.auditAccountId],
      trustedPrincipalArns: [props.centralDeliveryRoleArn],
      requireMfa: false,
    });
    this.deliveryRole.grant(
      new PolicyDocument({
        statements: [
          // PutEvaluations supports no resource-level permission; the result token binds it to the rule.
          Statement.allow({ sid: 'PutEvaluations', actions: ['config:PutEvaluations'], resources: ['*'] }),
        ],
      }),
      'put-evaluations',
    );
  }
}
