// AWS::IAM::Role → aws_iam_role with an aws_iam_role_policy_attachment per managed policy and an aws_iam_role_policy
// per inline policy, imported by the role name, `role/policy-arn` and `role:policy-name` as the provider documents.
import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '@groundwork/drift';
import { CodifiedModule, CodifiedResource, JsonDocument, Reference, TagMap } from './codified-resource';
import { codifiedModule, Codifier, CodifyContext, constructIdOf, userTags } from './codify-context';

/** IAM documents as Config records them: URL-encoded JSON. */
function iamDocument(value: unknown): JsonDocument | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return new JsonDocument(JSON.parse(decodeURIComponent(value)));
  } catch {
    return undefined;
  }
}

export const iamRoleCodifier: Codifier = {
  resourceType: 'AWS::IAM::Role',
  codify(item: ConfigItem, context: CodifyContext): CodifiedModule {
    const c = item.configuration ?? {};
    const name = String(c['roleName'] ?? item.resourceName ?? item.resourceId);
    const trust = iamDocument(c['assumeRolePolicyDocument']);
    const boundary = isRecord(c['permissionsBoundary'])
      ? c['permissionsBoundary']['permissionsBoundaryArn']
      : undefined;
    const tags = userTags(item.tags);
    const roleRef = new Reference('role', 'name');
    const resources: CodifiedResource[] = [
      {
        variable: 'role',
        id: 'role',
        terraformType: 'aws_iam_role',
        className: 'IamRole',
        module: 'iam-role',
        values: {
          name,
          path: String(c['path'] ?? '/'),
          assume_role_policy: trust ?? '',
          ...(typeof boundary === 'string' && { permissions_boundary: boundary }),
          ...(Object.keys(tags).length > 0 && { tags: new TagMap(tags) }),
        },
        importId: name,
      },
    ];
    const attached = (Array.isArray(c['attachedManagedPolicies']) ? c['attachedManagedPolicies'] : []).filter(
      isRecord,
    );
    attached.forEach((p, i) => {
      const arn = String(p['policyArn']);
      resources.push({
        variable: `attachment${i + 1}`,
        id: `attach-${constructIdOf(String(p['policyName'] ?? arn.split('/').pop()))}`,
        terraformType: 'aws_iam_role_policy_attachment',
        className: 'IamRolePolicyAttachment',
        module: 'iam-role-policy-attachment',
        values: { role: roleRef, policy_arn: arn },
        importId: `${name}/${arn}`,
      });
    });
    const inline = (Array.isArray(c['rolePolicyList']) ? c['rolePolicyList'] : []).filter(isRecord);
    inline.forEach((p, i) => {
      const policyName = String(p['policyName']);
      resources.push({
        variable: `inlinePolicy${i + 1}`,
        id: `policy-${constructIdOf(policyName)}`,
        terraformType: 'aws_iam_role_policy',
        className: 'IamRolePolicy',
        module: 'iam-role-policy',
        values: { name: policyName, role: roleRef, policy: iamDocument(p['policyDocument']) ?? '' },
        importId: `${name}:${policyName}`,
      });
    });
    // AWS Config's role item leaves these out: the code keeps the provider's defaults until told otherwise.
    return codifiedModule(item, context, name, resources, [
      `the description and maximum session duration: AWS Config does not record them; compare with \`aws iam get-role --role-name ${name}\``,
    ]);
  },
};
