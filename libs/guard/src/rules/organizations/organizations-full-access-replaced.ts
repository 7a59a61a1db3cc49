import { readPolicy } from '../../inspect/policies';
import { GuardRule, TerraformConfigView, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

/** The id of the AWS managed SCP that allows every action; AWS attaches it to every root, OU and account. */
export const FULL_AWS_ACCESS = 'p-FullAWSAccess';

export const organizationsFullAccessReplaced: GuardRule = {
  id: 'GW-ORG-002',
  severity: 'error',
  title: 'FullAWSAccess must not be detached without a replacement allow SCP',
  why: 'SCPs only filter: with FullAWSAccess detached and no other SCP allowing actions, nothing is allowed in the target, its accounts are locked out (root user included) and only the management account can repair it. Destroying a managed FullAWSAccess attachment (terraform destroy, or deleting it from the code) detaches it.',
  fix: 'Set skip_destroy = true on the FullAWSAccess attachment, or attach an SCP with Allow statements (an allow list) to the same target first.',
  checkov: [],
  trivy: [],
  differences: [
    'An attachment removed from the code entirely cannot be seen in the configuration; drift detection reports FullAWSAccess missing from a target.',
  ],
  resourceTypes: ['aws_organizations_policy_attachment'],
  check(attachment, config) {
    if (attachment.body.string('policy_id') !== FULL_AWS_ACCESS) return [];
    const skip = attachment.body.bool('skip_destroy');
    if (skip === true) return [];
    if (replacedOnTarget(attachment, config)) return [];
    if (skip instanceof Expression)
      return [computed('skip_destroy', skip, 'whether destroying it detaches FullAWSAccess')];
    return [
      'destroying this attachment detaches FullAWSAccess and no other SCP on the target allows any action',
    ];
  },
};

/** Is another SCP with an Allow statement attached to the same target? */
function replacedOnTarget(attachment: TerraformResource, config: TerraformConfigView): boolean {
  const target = attachment.body.string('target_id');
  const sameTarget = (other: TerraformResource) => {
    const t = other.body.string('target_id');
    return typeof t === 'string' || typeof target === 'string'
      ? t === target
      : t !== undefined && target !== undefined && t.key === target.key;
  };
  return config
    .ofType('aws_organizations_policy_attachment')
    .filter((other) => other !== attachment && sameTarget(other))
    .some((other) => {
      const policy = other.body.string('policy_id');
      if (!(policy instanceof Expression)) return false;
      return config.referencedBy(policy, 'aws_organizations_policy').some((p) => {
        const read = readPolicy(p.body.get('content'), config);
        return (
          read !== undefined && 'statements' in read && read.statements.some((s) => s.effect === 'Allow')
        );
      });
    });
}
