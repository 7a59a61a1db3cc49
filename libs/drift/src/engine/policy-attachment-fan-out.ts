import type { DesiredResource } from '../iac/desired-model';

/** Each list of `aws_iam_policy_attachment`, and the per-principal attachment type it amounts to. */
const PRINCIPAL_LISTS = [
  { list: 'roles', type: 'aws_iam_role_policy_attachment', attribute: 'role' },
  { list: 'users', type: 'aws_iam_user_policy_attachment', attribute: 'user' },
  { list: 'groups', type: 'aws_iam_group_policy_attachment', attribute: 'group' },
] as const;

/**
 * `aws_iam_policy_attachment` attaches one managed policy to lists of roles, users and groups. AWS Config records the
 * attachment on each principal's item, so it is split into one per-principal attachment each (same address), which
 * folds into that principal like `aws_iam_role_policy_attachment` does. Undefined when a list is not a literal list
 * (a reference to a whole list, count/for_each): which principals it names cannot be told, so it is not checked.
 */
export function fanOutPolicyAttachment(r: DesiredResource): DesiredResource[] | undefined {
  if (r.repeated) return undefined;
  const out: DesiredResource[] = [];
  for (const { list, type, attribute } of PRINCIPAL_LISTS) {
    const names = r.values[list];
    if (names === undefined || names === null) continue;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return undefined;
    for (const name of names as string[])
      out.push({ ...r, type, values: { [attribute]: name, policy_arn: r.values['policy_arn'] } });
  }
  return out;
}
