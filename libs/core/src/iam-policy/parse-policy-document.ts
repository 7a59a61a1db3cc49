import { isRecord } from '../json-value';
import { PolicyCondition, PolicyDocument, PolicyPrincipal, PolicyStatement } from './policy-document';

/**
 * The JSON value of policy text in any form AWS returns it: plain JSON, URL-encoded JSON (IAM's GetRolePolicy and
 * AWS Config items), or JSON holding the document as a string. Undefined when the text is not JSON.
 */
export function readPolicyJson(text: string): unknown {
  let t = text.trim();
  if (/^%7b/i.test(t) || /%22|%7B/i.test(t.slice(0, 12))) {
    try {
      t = decodeURIComponent(t.replace(/\+/g, '%20'));
    } catch {
      // not URL-encoded after all
    }
  }
  try {
    const parsed: unknown = JSON.parse(t);
    return typeof parsed === 'string' ? readPolicyJson(parsed) : parsed;
  } catch {
    return undefined;
  }
}

/**
 * Reads an IAM policy document (an object, or text in any form {@link readPolicyJson} reads) into lists of
 * actions, resources, principals and conditions. Undefined when the input is not a policy document (not an
 * object, or a `Statement` that is neither an object nor a list).
 */
export function parsePolicyDocument(input: unknown): PolicyDocument | undefined {
  const doc = typeof input === 'string' ? readPolicyJson(input) : input;
  if (!isRecord(doc)) return undefined;
  const statement = doc.Statement;
  if (statement !== undefined && !isRecord(statement) && !Array.isArray(statement)) return undefined;
  const list = statement === undefined ? [] : Array.isArray(statement) ? statement : [statement];
  if (!list.every(isRecord)) return undefined;
  return {
    ...(typeof doc.Version === 'string' ? { version: doc.Version } : {}),
    ...(typeof doc.Id === 'string' ? { id: doc.Id } : {}),
    statements: list.map(parseStatement),
  };
}

function parseStatement(s: Record<string, unknown>): PolicyStatement {
  const lists = {
    actions: s.Action,
    notActions: s.NotAction,
    resources: s.Resource,
    notResources: s.NotResource,
  };
  const out: Record<string, unknown> = {};
  if (typeof s.Sid === 'string') out.sid = s.Sid;
  if (typeof s.Effect === 'string') out.effect = s.Effect;
  for (const [key, value] of Object.entries(lists)) if (value !== undefined) out[key] = scalarList(value);
  if (s.Principal !== undefined) out.principals = principals(s.Principal);
  if (s.NotPrincipal !== undefined) out.notPrincipals = principals(s.NotPrincipal);
  return { ...(out as Omit<PolicyStatement, 'conditions'>), conditions: conditions(s.Condition) };
}

/** A string or a list of strings (IAM also reads booleans and numbers in conditions, as their text). */
function scalarList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(String);
}

function principals(value: unknown): PolicyPrincipal[] {
  if (value === '*') return [{ type: '*', identifiers: ['*'] }];
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([type, ids]) => ({ type, identifiers: scalarList(ids) }));
}

function conditions(value: unknown): PolicyCondition[] {
  if (!isRecord(value)) return [];
  const out: PolicyCondition[] = [];
  for (const [test, byVariable] of Object.entries(value)) {
    if (!isRecord(byVariable)) continue;
    for (const [variable, values] of Object.entries(byVariable)) {
      out.push({ test, variable, values: scalarList(values) });
    }
  }
  return out;
}
