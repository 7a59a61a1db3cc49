import { PolicyStatement, computedText, readPolicy } from '../../inspect/policies';
import { CheckResult, GuardRule, TerraformConfigView, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';
import { TerraformValue } from '../../terraform/value';
import { Answer, undecided } from '../../values';

// Groups whose name says they are for administrators may hold administrator access.
const ADMIN_GROUP_NAME = /admin/i;

/** Does a group argument (a literal name or a reference) name an administrators group? */
function isAdminGroup(group: string | Expression | undefined, config: TerraformConfigView): Answer {
  if (group === undefined) return 'no';
  if (typeof group === 'string') return ADMIN_GROUP_NAME.test(group) ? 'yes' : 'no';
  const targets = config.referencedBy(group, 'aws_iam_group');
  if (targets.length === 0) return 'unknown';
  return all(
    targets.map((t) => {
      const name = t.body.string('name');
      return name instanceof Expression
        ? 'unknown'
        : name !== undefined && ADMIN_GROUP_NAME.test(name)
          ? 'yes'
          : 'no';
    }),
  );
}

/** 'yes' when every answer is, 'no' when one is, else 'unknown'. */
function all(answers: readonly Answer[]): Answer {
  return answers.includes('no') ? 'no' : answers.includes('unknown') ? 'unknown' : 'yes';
}

function groupsOf(value: readonly (string | Expression)[] | Expression | undefined): (string | Expression)[] {
  return value === undefined ? [] : value instanceof Expression ? [value] : [...value];
}

/** Where a managed policy is attached: 'yes' only when every attachment is to an administrators group. */
function attachedOnlyToAdminGroups(policy: TerraformResource, config: TerraformConfigView): Answer {
  const groupAttachments = config.referencing('aws_iam_group_policy_attachment', 'policy_arn', policy);
  const sharedAttachments = config.referencing('aws_iam_policy_attachment', 'policy_arn', policy);
  const otherAttachments = ['aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment'].flatMap((t) =>
    config.referencing(t, 'policy_arn', policy),
  );
  if (groupAttachments.length + sharedAttachments.length === 0 || otherAttachments.length > 0) return 'no';
  return all([
    ...groupAttachments.map((a) => isAdminGroup(a.body.string('group'), config)),
    ...sharedAttachments.map((a) =>
      groupsOf(a.body.strings('users')).length > 0 || groupsOf(a.body.strings('roles')).length > 0
        ? 'no'
        : all(groupsOf(a.body.strings('groups')).map((g) => isAdminGroup(g, config))),
    ),
  ]);
}

// AWS's own full-access policy, attached by ARN rather than written out.
const AWS_ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

const ATTACHMENT_TYPES = [
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
];

/** An attachment of the AWS-managed AdministratorAccess policy outside an administrators group. */
function managedAdminAttachment(attachment: TerraformResource, config: TerraformConfigView): CheckResult[] {
  const arn = attachment.body.string('policy_arn');
  if (typeof arn !== 'string' || !AWS_ADMINISTRATOR_ACCESS.test(arn)) return [];
  const b = attachment.body;
  const onlyAdmins: Answer =
    attachment.type === 'aws_iam_group_policy_attachment'
      ? isAdminGroup(b.string('group'), config)
      : attachment.type === 'aws_iam_policy_attachment'
        ? groupsOf(b.strings('users')).length > 0 || groupsOf(b.strings('roles')).length > 0
          ? 'no'
          : all(groupsOf(b.strings('groups')).map((g) => isAdminGroup(g, config)))
        : 'no';
  if (onlyAdmins === 'yes') return [];
  const message = 'the AWS managed AdministratorAccess policy is attached outside an administrators group';
  return onlyAdmins === 'no'
    ? [message]
    : [undecided(`${message}, unless the computed group name contains "admin": cannot tell`)];
}

/** An `Allow` of every action on every resource: administrator access. */
function grantsAdmin(s: PolicyStatement): Answer {
  if (s.effect !== 'Allow') return 'no';
  const actions = s.actions ?? [];
  const resources = s.resources ?? [];
  const everyAction = actions.some((a) => a === '*' || a === '*:*');
  const everyResource = resources.includes('*');
  if (everyAction && everyResource) return 'yes';
  const maybe = (list: readonly string[], known: boolean) =>
    known || list.some((v) => computedText(v) !== undefined);
  return maybe(actions, everyAction) && maybe(resources, everyResource) ? 'unknown' : 'no';
}

export const iamAdminPolicy: GuardRule = {
  id: 'GW-IAM-001',
  severity: 'error',
  title: 'Administrator ("*" on "*") policies only on administrator groups',
  why: 'A policy that allows every action on every resource turns any compromise of its holder into a compromise of the account.',
  fix: 'Grant the actions and resources the principal needs. Full access belongs only to an administrators group (its name contains "admin") that people join deliberately.',
  checkov: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_1'],
  trivy: ['aws-iam-no-policy-wildcards'],
  differences: [
    'Full access is accepted on a group whose name contains "admin" (and on a managed policy attached only to such groups); checkov reports every "*" on "*" policy.',
    'Only every action on every resource ("*" on "*") is reported; trivy also reports a service wildcard (s3:*) or a resource wildcard.',
  ],
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
    const documents: (TerraformValue | undefined)[] =
      resource.type === 'aws_iam_role'
        ? resource.body.blocks('inline_policy').map((p) => p.get('policy'))
        : [resource.body.get('policy')];
    const answers: Answer[] = [];
    let unreadable: string | undefined;
    for (const document of documents) {
      const read = readPolicy(document, config);
      if (read === undefined) continue;
      if ('unreadable' in read) unreadable ??= read.unreadable;
      else answers.push(...read.statements.map(grantsAdmin));
    }
    const admin: Answer = answers.includes('yes')
      ? 'yes'
      : answers.includes('unknown') || unreadable
        ? 'unknown'
        : 'no';
    if (admin === 'no') return [];
    const holder: Answer =
      resource.type === 'aws_iam_group_policy'
        ? isAdminGroup(resource.body.string('group'), config)
        : resource.type === 'aws_iam_policy'
          ? attachedOnlyToAdminGroups(resource, config)
          : 'no';
    if (holder === 'yes') return [];
    if (admin === 'yes' && holder === 'no')
      return ['the policy allows "*" on "*" outside an administrators group'];
    return [
      undecided(
        admin === 'yes'
          ? 'the policy allows "*" on "*"; cannot tell whether only administrators groups hold it'
          : `cannot tell whether the policy allows "*" on "*": ${unreadable ?? 'its actions or resources are computed'}`,
      ),
    ];
  },
};
