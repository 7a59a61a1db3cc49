import { PolicyStatement, allowsEveryone, everyoneNamed, readPolicy } from '../../inspect/policies';
import { CheckResult, GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed, undecided } from '../../values';
import { statementName } from '../factories/public-policy-rule';

// Only membership of the organization admits callers here: the central bus takes events from every account in it.
const ORGANIZATION_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

export const eventBusPolicyOrganization: GuardRule = {
  id: 'GW-EVB-001',
  severity: 'error',
  title: 'EventBridge bus policy must admit other accounts only by aws:PrincipalOrgID',
  why: 'A bus policy that lets "*" put events without an organization condition lets any AWS account inject events, and rules then act on forged ones.',
  fix: 'Condition every statement that allows "*" on aws:PrincipalOrgID (StringEquals, your organization id), or name the accounts.',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_cloudwatch_event_bus_policy', 'aws_cloudwatch_event_permission'],
  check(resource, config) {
    if (resource.type === 'aws_cloudwatch_event_permission') return permissionResults(resource.body);
    const read = readPolicy(resource.body.get('policy'), config);
    if (read === undefined) return [];
    if ('unreadable' in read)
      return [undecided(`cannot tell whether the bus policy is open: ${read.unreadable}`)];
    return read.statements.flatMap((s: PolicyStatement): CheckResult[] => {
      const answer = allowsEveryone(s, ORGANIZATION_KEYS);
      if (answer === 'yes')
        return [`${statementName(s)} allows ${everyoneNamed(s)} without an aws:PrincipalOrgID condition`];
      if (answer === 'unknown')
        return [undecided(`${statementName(s)} has computed principals: cannot tell whether it is open`)];
      return [];
    });
  },
};

function permissionResults(permission: Body): CheckResult[] {
  const principal = permission.string('principal');
  if (principal instanceof Expression) return [computed('principal', principal, 'who may put events')];
  if (principal !== '*') return [];
  const keys = permission.blocks('condition').map((c) => c.string('key'));
  if (keys.some((k) => typeof k === 'string' && ORGANIZATION_KEYS.has(k.toLowerCase()))) return [];
  const unknown = keys.find((k): k is Expression => k instanceof Expression);
  if (unknown)
    return [computed('condition.key', unknown, 'whether the permission is limited to the organization')];
  return ['principal "*" has no aws:PrincipalOrgID condition'];
}
