import {
  PolicyCondition,
  PolicyDocumentError,
  PolicyPrincipal,
  PolicyStatement,
  parsePolicyDocument,
  readPolicyJson,
  renderPolicyDocument,
} from '@groundwork/core';
import { isRecord } from '@groundwork/core';
import { TerraformConfigView } from '../model';
import { Body } from '../terraform/body';
import { Expression } from '../terraform/expression';
import { hclStructure } from '../terraform/hcl-literal';
import { templateParts } from '../terraform/template';
import { TerraformValue, isObjectValue } from '../terraform/value';
import { Answer } from '../values';

export type { PolicyCondition, PolicyPrincipal, PolicyStatement } from '@groundwork/core';

/** A policy argument read: its statements, or why they cannot be known. */
export type PolicyRead =
  { readonly statements: readonly PolicyStatement[] } | { readonly unreadable: string };

// Marks a string of the policy model that Terraform computes: the mark, then the expression as written. A
// private-use character cannot occur in IAM policy text, so a marked string is never taken for a literal.
const COMPUTED = '\uE000';

/** The expression text of a policy string Terraform computes; undefined for a literal. */
export function computedText(s: string): string | undefined {
  return s.startsWith(COMPUTED) ? s.slice(1) : undefined;
}

/** A policy string as a message shows it. */
export function policyText(s: string): string {
  return computedText(s) ?? s;
}

const JSONENCODE = /^\s*jsonencode\s*\(([\s\S]*)\)\s*$/;
const DOCUMENT_REFERENCE = /^\s*data\.aws_iam_policy_document\.([\w-]+)\.(json|minified_json)\s*$/;

/**
 * The statements of a policy argument: policy JSON (also with interpolated ARNs, which stay computed), or a
 * reference to an `aws_iam_policy_document` data source of the configuration, rendered as the provider renders it
 * (dynamic statements included). Any other expression (`jsonencode`, `file`, a variable) is unreadable. Undefined
 * when the argument is unset.
 */
export function readPolicy(
  value: TerraformValue | undefined,
  config: TerraformConfigView,
): PolicyRead | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' && !(value instanceof Expression)) {
    return { unreadable: 'the policy is not a JSON policy document' };
  }
  // Several rules read the same policy (a role's trust, a bucket's policy): read each once per configuration.
  let read = readPolicies.get(config);
  if (!read) {
    read = new Map();
    readPolicies.set(config, read);
  }
  const key = typeof value === 'string' ? value : `\u0000${value.text}`;
  let result = read.get(key);
  if (!result) {
    result = readPolicyValue(value, config);
    read.set(key, result);
  }
  return result;
}

const readPolicies = new WeakMap<TerraformConfigView, Map<string, PolicyRead>>();

function readPolicyValue(value: string | Expression, config: TerraformConfigView): PolicyRead {
  if (typeof value === 'string') return documentOf(readPolicyJson(value) ?? lenientJson(value));
  const parts = templateParts(value.text);
  const reference =
    parts.length === 1 && 'interpolation' in parts[0]
      ? DOCUMENT_REFERENCE.exec(parts[0].interpolation)
      : null;
  if (reference) {
    const address = `data.aws_iam_policy_document.${reference[1]}`;
    const body = config.dataSource(address);
    return body
      ? documentStatements(body, address)
      : { unreadable: `${address} is not in this configuration` };
  }
  const encoded =
    parts.length === 1 && 'interpolation' in parts[0] ? JSONENCODE.exec(parts[0].interpolation) : null;
  if (encoded) {
    // jsonencode({ ... }): the document's structure is written out, whatever it interpolates stays computed.
    const structure = hclStructure(encoded[1]);
    return isRecord(structure)
      ? documentOf(markComputed(structure))
      : { unreadable: `the policy is computed (${value.text})` };
  }
  const json = lenientJson(value.text);
  if (json === undefined) return { unreadable: `the policy is computed (${value.text})` };
  return documentOf(markComputed(json));
}

/** The statements of policy JSON (text or parsed), with a list `Principal` read as the AWS principals it lists. */
function documentOf(json: unknown): PolicyRead {
  const doc = parsePolicyDocument(isRecord(json) ? withListPrincipals(json) : json);
  return doc ? { statements: doc.statements } : { unreadable: 'the policy is not a JSON policy document' };
}

/**
 * JSON text parsed as its author meant it: also with commas before a closing bracket, the slip hand-written
 * heredoc policies most often have (Terraform then refuses the policy, but what it would grant is plain).
 */
function lenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(withoutTrailingCommas(text));
    } catch {
      return undefined;
    }
  }
}

/** The text without commas that only whitespace separates from a closing `]` or `}`, strings left alone. */
function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ',' && closesNext(text, i + 1)) continue;
    out += c;
  }
  return out;
}

/** Is the next character after whitespace from `start` a closing `]` or `}`? */
function closesNext(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === ']' || text[i] === '}';
}

/**
 * A `Principal` (or `NotPrincipal`) written as a list (`["arn:...", "*"]`) or as one string other than `"*"`, which
 * IAM refuses, read as the AWS principals it lists: as checkov reads it, and as its author meant it. A principal
 * Terraform computes (`Principal = var.p`) is read so too, so it stays undecided rather than absent.
 */
function withListPrincipals(doc: Record<string, unknown>): Record<string, unknown> {
  const statements = doc.Statement;
  const fix = (s: unknown) => {
    if (!isRecord(s)) return s;
    const out = { ...s };
    for (const key of ['Principal', 'NotPrincipal'])
      if (Array.isArray(out[key]) || (typeof out[key] === 'string' && out[key] !== '*'))
        out[key] = { AWS: out[key] };
    return out;
  };
  if (Array.isArray(statements)) return { ...doc, Statement: statements.map(fix) };
  return isRecord(statements) ? { ...doc, Statement: fix(statements) } : doc;
}

/** Policy JSON whose strings are template fragments: literal ones decoded, computed ones marked. */
function markComputed(json: unknown): unknown {
  if (typeof json === 'string') {
    const parts = templateParts(json);
    return parts.every((p) => 'literal' in p)
      ? parts.map((p) => ('literal' in p ? p.literal : '')).join('')
      : COMPUTED + json;
  }
  if (Array.isArray(json)) return json.map(markComputed);
  if (isRecord(json)) return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, markComputed(v)]));
  return json;
}

/** A data source's statements, rendered by the provider's rules with computed values marked. */
function documentStatements(body: Body, address: string): PolicyRead {
  const statements = body.blocks('statement');
  const computedSetting = [
    body.get('version'),
    ...statements.flatMap((s) => [s.get('effect'), s.get('sid')]),
  ].find((v) => v instanceof Expression);
  if (computedSetting)
    return { unreadable: `${address} has a computed effect, sid or version (${computedSetting})` };
  const plainBlocks = (list: Body[], names: readonly string[]) =>
    list.map((b) => Object.fromEntries(names.map((n) => [n, plain(b.get(n))])));
  const materialized = {
    version: plain(body.get('version')),
    policy_id: plain(body.get('policy_id')),
    source_policy_documents: plain(body.get('source_policy_documents')),
    override_policy_documents: plain(body.get('override_policy_documents')),
    statement: statements.map((s) => ({
      ...Object.fromEntries(
        ['sid', 'effect', 'actions', 'not_actions', 'resources', 'not_resources'].map((n) => [
          n,
          plain(s.get(n)),
        ]),
      ),
      principals: plainBlocks(s.blocks('principals'), ['type', 'identifiers']),
      not_principals: plainBlocks(s.blocks('not_principals'), ['type', 'identifiers']),
      condition: plainBlocks(s.blocks('condition'), ['test', 'variable', 'values']),
    })),
  };
  try {
    const rendered = renderPolicyDocument(materialized);
    const doc = rendered && parsePolicyDocument(rendered.json);
    return doc ? { statements: doc.statements } : { unreadable: `${address} cannot be rendered` };
  } catch (err) {
    if (err instanceof PolicyDocumentError) return { unreadable: `${address} is invalid: ${err.message}` };
    throw err;
  }
}

/** A read value as plain JSON for the renderer, computed values marked. */
function plain(value: TerraformValue | undefined): unknown {
  if (value instanceof Expression) return COMPUTED + value.text;
  if (Array.isArray(value)) return value.map(plain);
  if (isObjectValue(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * Does a principal entry name everyone: `"*"`, or `{"AWS": "*"}`? With `anyAccount`, also an AWS principal ARN
 * whose account is a wildcard (`arn:aws:iam::*:role/x`): IAM refuses wildcards in principal ARNs, but such a grant
 * means every account, so it counts as everyone where granting is asked (never where a Deny must cover everyone).
 */
export function namesEveryone(
  principals: readonly PolicyPrincipal[] | undefined,
  anyAccount = false,
): Answer {
  if (principals === undefined) return 'no';
  let unknown = false;
  for (const p of principals) {
    if (everyoneIn(p, anyAccount).length > 0) return 'yes';
    if (computedText(p.type) !== undefined || p.identifiers.some(couldBeEveryone)) unknown = true;
  }
  return unknown ? 'unknown' : 'no';
}

/** The identifiers of a principal entry that name everyone. */
function everyoneIn(p: PolicyPrincipal, anyAccount: boolean): string[] {
  if (p.type === '*') return ['*'];
  if (p.type !== 'AWS') return [];
  return p.identifiers.filter((id) => id === '*' || (anyAccount && isAnyAccountArn(id)));
}

/** How a statement that allows everyone names them, for messages: `"*"`, or the wildcard ARNs. */
export function everyoneNamed(s: PolicyStatement): string {
  if (s.notPrincipals) return 'everyone but its NotPrincipal';
  const ids = [...new Set((s.principals ?? []).flatMap((p) => everyoneIn(p, true)))];
  return ids.map((id) => JSON.stringify(id)).join(', ') || '"*"';
}

/**
 * Could a computed principal identifier be `*`? Not when it has literal text around the interpolation
 * (`arn:aws:iam::${...}:root`) or takes an attribute of a resource or data source (an ARN, an account id): only a
 * variable, local, module output or function result could be anything.
 */
function couldBeEveryone(identifier: string): boolean {
  const text = computedText(identifier);
  if (text === undefined) return false;
  if (templateParts(text).some((p) => 'literal' in p && p.literal !== '')) return false;
  return !new Expression(text).references.some(
    (r) => r.address.startsWith('data.') || !/^(var|local|module)\./.test(r.address),
  );
}

/** The statement's effect is Allow (the provider's default when absent is not applied here: JSON must say it). */
export function allows(statement: PolicyStatement): boolean {
  return statement.effect === 'Allow';
}

/** Does a list of actions (or a NotAction) include every action of a service pattern, e.g. `s3:*`? */
export function coversActions(actions: readonly string[] | undefined, service: string): Answer {
  if (actions === undefined) return 'no';
  if (actions.some((a) => a === '*' || a.toLowerCase() === `${service}:*`)) return 'yes';
  return actions.some((a) => computedText(a) !== undefined) ? 'unknown' : 'no';
}

// Condition keys that narrow a grant to known callers: an account, an organization, a source resource or network
// (VPC endpoints included), a source instance or function, or a named principal. IAM reads condition keys without
// regard to case.
const CALLER_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalservicename',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:ec2instancesourcevpc',
  'ec2:sourceinstancearn',
  'lambda:sourcefunctionarn',
  'ssm:sourceinstancearn',
  'aws:sourceip',
  'aws:userid',
  'aws:username',
  // The account of the caller of a KMS operation: a key policy's usual way to admit one account's principals.
  'kms:calleraccount',
]);

/** Does a condition narrow the callers: a caller key tested positively against values that are not all `*`? */
export function narrowsCallers(condition: PolicyCondition, keys: ReadonlySet<string> = CALLER_KEYS): boolean {
  return (
    !/Not/.test(condition.test) &&
    !/IfExists$/.test(condition.test) &&
    keys.has(condition.variable.toLowerCase()) &&
    condition.values.length > 0 &&
    condition.values.every((v) => v !== '*' && v !== '0.0.0.0/0' && v !== '::/0' && !isAnyAccountArn(v))
  );
}

/** An ARN whose account is a wildcard (`arn:aws:iam::*:role/x`): it matches every account's resources. */
function isAnyAccountArn(value: string): boolean {
  const parts = value.split(':');
  return parts[0] === 'arn' && parts.length >= 5 && parts[4].includes('*');
}

/**
 * Does a statement allow everyone: an Allow whose principal is `"*"` or `{"AWS": "*"}` (or a NotPrincipal, which
 * names everyone but a few), with no condition that narrows the callers to an account, organization or source?
 */
export function allowsEveryone(s: PolicyStatement, keys?: ReadonlySet<string>): Answer {
  if (s.effect !== 'Allow') return 'no';
  const everyone: Answer = s.notPrincipals ? 'yes' : namesEveryone(s.principals, true);
  if (everyone === 'no' || s.conditions.some((c) => narrowsCallers(c, keys))) return 'no';
  return everyone;
}
