import { PolicyStatement, allowsEveryone, everyoneNamed, readPolicy } from '../../inspect/policies';
import { CheckResult, GuardRule } from '../../model';
import { undecided } from '../../values';

/**
 * Builds the rule for a resource policy (bucket, queue, topic, key) that must not allow everyone: an Allow to
 * `"*"` without a condition that narrows the callers to an account, organization or source. The policy is read
 * from the `policy` argument of each resource type, as JSON or from a policy document data source.
 */
export function publicPolicyRule(
  resourceTypes: readonly string[],
  rule: Omit<GuardRule, 'resourceTypes' | 'check' | 'severity'>,
): GuardRule {
  return {
    ...rule,
    severity: 'error',
    resourceTypes,
    check(resource, config) {
      const read = readPolicy(resource.body.get('policy'), config);
      if (read === undefined) return [];
      if ('unreadable' in read)
        return [undecided(`cannot tell whether the policy allows everyone: ${read.unreadable}`)];
      return read.statements.flatMap((s): CheckResult[] => {
        const answer = allowsEveryone(s);
        if (answer === 'yes')
          return [
            `${statementName(s)} allows everyone (${everyoneNamed(s)}) with no condition that narrows the caller`,
          ];
        if (answer === 'unknown')
          return [
            undecided(`${statementName(s)} has computed principals: cannot tell whether it allows everyone`),
          ];
        return [];
      });
    },
  };
}

export function statementName(s: PolicyStatement): string {
  return s.sid
    ? `statement ${s.sid}`
    : `the statement allowing ${(s.actions ?? s.notActions ?? []).join(', ') || 'its actions'}`;
}
