import { asList, isRecord } from '@groundwork/core';
import { containsUnknown } from '../normalize/norm-values';

function principals(blocks: unknown): unknown {
  const out: Record<string, unknown[]> = {};
  for (const b of asList(blocks)) {
    if (!isRecord(b)) continue;
    const type = String(b['type']);
    const ids = asList(b['identifiers']);
    if (type === '*' && ids.length === 1 && ids[0] === '*') return '*';
    out[type] = [...(out[type] ?? []), ...ids];
  }
  return out;
}

/**
 * Renders the `aws_iam_policy_document` data source's `json` from its (resolved) arguments, as the provider does,
 * so that policies built with it are compared even without state. Undefined when an input is unknown or uses
 * source/override documents.
 */
export function renderPolicyDocument(values: Record<string, unknown>): string | undefined {
  if (containsUnknown(values)) return undefined;
  if (values['source_policy_documents'] !== undefined || values['override_policy_documents'] !== undefined)
    return undefined;
  const statements = asList(values['statement'])
    .filter(isRecord)
    .map((s) => {
      const st: Record<string, unknown> = { Effect: s['effect'] ?? 'Allow' };
      if (s['sid']) st['Sid'] = s['sid'];
      if (s['actions'] !== undefined) st['Action'] = s['actions'];
      if (s['not_actions'] !== undefined) st['NotAction'] = s['not_actions'];
      if (s['resources'] !== undefined) st['Resource'] = s['resources'];
      if (s['not_resources'] !== undefined) st['NotResource'] = s['not_resources'];
      if (s['principals'] !== undefined) st['Principal'] = principals(s['principals']);
      if (s['not_principals'] !== undefined) st['NotPrincipal'] = principals(s['not_principals']);
      const conditions = asList(s['condition']).filter(isRecord);
      if (conditions.length > 0) {
        const c: Record<string, Record<string, unknown[]>> = {};
        for (const cond of conditions) {
          const test = String(cond['test']);
          const variable = String(cond['variable']);
          c[test] = {
            ...(c[test] ?? {}),
            [variable]: [...(c[test]?.[variable] ?? []), ...asList(cond['values'])],
          };
        }
        st['Condition'] = c;
      }
      return st;
    });
  return JSON.stringify({ Version: values['version'] ?? '2012-10-17', Statement: statements });
}
