import { isAdminStatement, policyStatements } from '../inspect/iam-policy';
import { GuardRule, TerraformConfigView, TerraformResource } from '../model';
import { blocks, isUnresolved, refersTo, strings } from '../values';

// Groups whose name says they are for administrators may hold administrator access.
const ADMIN_GROUP_NAME = /admin/i;

/** Is the group a reference or literal names an administrators group? Unknown names count as admin (no guess). */
function isAdminGroup(group: unknown, config: TerraformConfigView): boolean {
  if (typeof group !== 'string') return false;
  if (!isUnresolved(group)) return ADMIN_GROUP_NAME.test(group);
  const target = config.ofType('aws_iam_group').find((g) => refersTo(group, g.address));
  if (!target) return true;
  const name = target.values.name;
  return typeof name !== 'string' || isUnresolved(name) || ADMIN_GROUP_NAME.test(name);
}

/** Where a managed policy is attached: true only when every attachment is to an administrators group. */
function attachedOnlyToAdminGroups(policy: TerraformResource, config: TerraformConfigView): boolean {
  const groupAttachments = config.referencing('aws_iam_group_policy_attachment', 'policy_arn', policy);
  const sharedAttachments = config.referencing('aws_iam_policy_attachment', 'policy_arn', policy);
  const otherAttachments = ['aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment'].flatMap((t) =>
    config.referencing(t, 'policy_arn', policy),
  );
  if (groupAttachments.length + sharedAttachments.length === 0 || otherAttachments.length > 0) return false;
  return (
    groupAttachments.every((a) => isAdminGroup(a.values.group, config)) &&
    sharedAttachments.every(
      (a) =>
        strings(a.values.users).length === 0 &&
        strings(a.values.roles).length === 0 &&
        strings(a.values.groups).every((g) => isAdminGroup(g, config)),
    )
  );
}

// AWS's own full-access policy, attached by ARN rather than written out.
const AWS_ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

const ATTACHMENT_TYPES = [
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
];

/** Findings for an attachment of the AWS-managed AdministratorAccess policy outside an administrators group. */
function managedAdminAttachment(attachment: TerraformResource, config: TerraformConfigView): string[] {
  const arn = attachment.values.policy_arn;
  if (typeof arn !== 'string' || !AWS_ADMINISTRATOR_ACCESS.test(arn)) return [];
  const v = attachment.values;
  const outsideAdmins =
    attachment.type === 'aws_iam_group_policy_attachment'
      ? !isAdminGroup(v.group, config)
      : attachment.type === 'aws_iam_policy_attachment'
        ? strings(v.users).length > 0 ||
          strings(v.roles).length > 0 ||
          !strings(v.groups).every((g) => isAdminGroup(g, config))
        : true;
  return outsideAdmins
    ? ['the AWS managed AdministratorAccess policy is attached outside an administrators group']
    : [];
}

export const iamAdminPolicy: GuardRule = {
  id: 'GW-IAM-001',
  severity: 'error',
  title: 'Administrator ("*" on "*") policies only on administrator groups',
  why: 'A policy that allows every action on every resource turns any compromise of its holder into a compromise of the account.',
  fix: 'Grant the actions and resources the principal needs. Full access belongs only to an administrators group (its name contains "admin") that people join deliberately.',
  checkov: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_1'],
  trivy: ['aws-iam-no-policy-wildcards'],
  resourceTypes: [
    'aws_iam_policy',
    'aws_iam_role_policy',
    'aws_iam_user_policy',
    'aws_iam_group_policy',
    'aws_iam_role',
    ...ATTACHMENT_TYPES,
  ],
  check(resource, config) {
    if (ATTACHMENT_TYPES.includes(resource.type)) return managedAdminAttachment(resource, config);
    const documents =
      resource.type === 'aws_iam_role'
        ? blocks(resource.values.inline_policy).map((p) => p.policy)
        : [resource.values.policy];
    const grantsAdmin = documents.some((d) => policyStatements(d, config)?.some(isAdminStatement) ?? false);
    if (!grantsAdmin) return [];
    if (resource.type === 'aws_iam_group_policy' && isAdminGroup(resource.values.group, config)) return [];
    if (resource.type === 'aws_iam_policy' && attachedOnlyToAdminGroups(resource, config)) return [];
    return ['the policy allows "*" on "*" outside an administrators group'];
  },
};
