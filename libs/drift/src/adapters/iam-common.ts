import { NormMap, NormSet } from '../normalize/norm-values';
import type { ExpectedInput } from './adapter';
import { UNKNOWN, blocks, policy } from './helpers';

/** Managed policy ARNs from the principal's `managed_policy_arns` and its attachment resources. */
export function expectedAttachments(input: ExpectedInput, attachmentType: string): unknown {
  const arns: unknown[] = [];
  const own = input.values['managed_policy_arns'];
  if (own === UNKNOWN) return UNKNOWN;
  if (Array.isArray(own)) arns.push(...own);
  for (const f of input.folded) if (f.type === attachmentType) arns.push(f.values['policy_arn']);
  if (arns.includes(UNKNOWN)) return UNKNOWN;
  // A principal the IaC creates has exactly the policies it attaches; AdministratorAccess added by hand is drift.
  return new NormSet([...new Set(arns.map(String))], input.ownsResource);
}

/** Inline policies by name, from `inline_policy` blocks and the `*_policy` resources. */
export function expectedInlinePolicies(input: ExpectedInput, policyType: string): unknown {
  const byName: Record<string, unknown> = {};
  for (const b of blocks(input.values['inline_policy']))
    if (typeof b['name'] === 'string') byName[b['name']] = policy(b['policy']);
  for (const f of input.folded) {
    if (f.type !== policyType) continue;
    const name = f.values['name'];
    if (typeof name !== 'string') return UNKNOWN;
    byName[name] = policy(f.values['policy']);
  }
  return new NormMap(byName, input.ownsResource);
}

export function actualAttachments(list: unknown): NormSet {
  return new NormSet(blocks(list).map((p) => String(p['policyArn'])));
}

export function actualInlinePolicies(list: unknown): NormMap {
  const byName: Record<string, unknown> = {};
  for (const p of blocks(list)) byName[String(p['policyName'])] = policy(p['policyDocument']);
  return new NormMap(byName);
}
