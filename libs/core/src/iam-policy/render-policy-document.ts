import { isRecord } from '../json-value';
import { GoJsonObject, GoJsonValue, goJson } from './go-json';
import {
  serializeStringList,
  serializeStringSet,
  terraformSetOrder,
  terraformStringSetOrder,
} from './terraform-set';

/** The two attributes the `aws_iam_policy_document` data source computes. */
export interface RenderedPolicyDocument {
  /** Indented JSON (`json`). */
  readonly json: string;
  /** The same document without whitespace (`minified_json`). */
  readonly minifiedJson: string;
}

/**
 * Maps an argument value of the data source (a literal, or an expression string such as `${aws_s3_bucket.b.arn}`)
 * to the value it stands for; `undefined` when that cannot be known.
 */
export type ResolveArgument = (value: unknown) => unknown;

/** A data source the provider would refuse: the message says which field and why, as the provider does. */
export class PolicyDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyDocumentError';
  }
}

/**
 * Renders the `aws_iam_policy_document` data source from its body in Terraform JSON, exactly as the AWS provider
 * (hashicorp/aws 5.x) computes `json` and `minified_json`: a single action, resource or identifier becomes a
 * string and several are sorted in reverse order, conditions are sorted by test and variable, principals and
 * conditions that share a type or key are joined in the provider's set order, `&{` becomes `${`, and
 * `source_policy_documents` and `override_policy_documents` are merged by `Sid`.
 *
 * Blocks may be written as objects or arrays of objects. Each argument goes through `resolve` (by default taken as
 * written); returns undefined when `resolve` cannot know one. Throws {@link PolicyDocumentError} for a document the
 * provider rejects (duplicate `sid`, invalid `effect` or `version`, source documents that are not policy JSON).
 */
export function renderPolicyDocument(
  body: Readonly<Record<string, unknown>>,
  resolve: ResolveArgument = (value) => value,
): RenderedPolicyDocument | undefined {
  let document: Document;
  try {
    document = buildDocument(body, argumentReader(resolve));
  } catch (err) {
    if (err instanceof UnknownArgument) return undefined;
    throw err;
  }
  const value = marshalDocument(document);
  return { json: goJson(value, '  '), minifiedJson: goJson(value) };
}

// The provider's document model: Action, Resource and identifiers keep the shape they were read in (a string or a
// list), since source documents are written back as they came.
interface Document {
  version: string;
  id: string;
  statements: Statement[];
}
interface Statement {
  sid: string;
  effect: string;
  actions?: unknown;
  notActions?: unknown;
  resources?: unknown;
  notResources?: unknown;
  principals: Principal[];
  notPrincipals: Principal[];
  conditions: Condition[];
}
interface Principal {
  readonly type: string;
  readonly identifiers: string | string[];
}
interface Condition {
  readonly test: string;
  readonly variable: string;
  readonly values: string | string[];
}

const VERSIONS = ['2008-10-17', '2012-10-17'];
const SID = /^[a-zA-Z0-9]*$/;

class UnknownArgument extends Error {}

interface ArgumentReader {
  /** A string argument; undefined when unset (absent or null). */
  string(value: unknown, field: string): string | undefined;
  /** A list or set of strings; undefined when unset. */
  strings(value: unknown, field: string): string[] | undefined;
}

function argumentReader(resolve: ResolveArgument): ArgumentReader {
  const known = (value: unknown) => {
    if (value === undefined || value === null) return undefined;
    const resolved = resolve(value);
    if (resolved === undefined) throw new UnknownArgument();
    return resolved;
  };
  const scalar = (value: unknown, field: string): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return String(value);
    if (typeof value === 'number') return terraformNumber(value);
    throw new PolicyDocumentError(`${field}: expected a string, got ${JSON.stringify(value)}`);
  };
  return {
    string(value, field) {
      const v = known(value);
      return v === undefined || v === null ? undefined : scalar(v, field);
    },
    strings(value, field) {
      const v = known(value);
      if (v === undefined || v === null) return undefined;
      return (Array.isArray(v) ? v : [v]).map((item, i) => {
        if (item === null) throw new PolicyDocumentError(`${field}[${i}]: null is not allowed`);
        return scalar(item, `${field}[${i}]`);
      });
    },
  };
}

/** Terraform's string form of a number: its decimal digits, never an exponent (`1e+23` is `100000000000000000000000`). */
function terraformNumber(n: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(n));
  if (!m) return String(n);
  const [, sign, lead, fraction = '', exponent] = m;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Block bodies in either HCL JSON form: one object, or an array of objects. */
function blockList(value: unknown, field: string): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((b, i) => {
    if (!isRecord(b)) throw new PolicyDocumentError(`${field}[${i}]: expected a block (an object)`);
    return b;
  });
}

function buildDocument(body: Readonly<Record<string, unknown>>, read: ArgumentReader): Document {
  const merged: Document = { version: '', id: '', statements: [] };
  const sourceSids = new Set<string>();
  const sources = read.strings(body.source_policy_documents, 'source_policy_documents') ?? [];
  sources.forEach((text, i) => {
    const source = unmarshalDocument(text, `source_policy_documents[${i}]`);
    source.statements.forEach((s, j) => {
      if (s.sid === '') return;
      if (sourceSids.has(s.sid)) {
        throw new PolicyDocumentError(
          `source_policy_documents[${i}]: duplicate Sid (${s.sid}) in source_policy_documents (statement ${j}). Remove the Sid or ensure Sids are unique.`,
        );
      }
      sourceSids.add(s.sid);
    });
    mergeInto(merged, source);
  });

  const version = read.string(body.version, 'version') ?? '2012-10-17';
  if (!VERSIONS.includes(version)) {
    throw new PolicyDocumentError(`version: expected one of ${VERSIONS.join(', ')}, got ${version}`);
  }
  const own: Document = {
    version,
    id: read.string(body.policy_id, 'policy_id') ?? '',
    statements: [],
  };
  const sids = new Set<string>();
  blockList(body.statement, 'statement').forEach((block, i) => {
    const statement = configStatement(block, `statement[${i}]`, version, read);
    if (statement.sid !== '') {
      if (sids.has(statement.sid)) {
        throw new PolicyDocumentError(
          `statement[${i}]: duplicate Sid (${statement.sid}). Remove the Sid or ensure the Sid is unique.`,
        );
      }
      sids.add(statement.sid);
    }
    own.statements.push(statement);
  });
  mergeInto(merged, own);

  const overrides = read.strings(body.override_policy_documents, 'override_policy_documents') ?? [];
  overrides.forEach((text, i) =>
    mergeInto(merged, unmarshalDocument(text, `override_policy_documents[${i}]`)),
  );
  return merged;
}

/** The provider's merge: a newer version wins, a new Id replaces, a statement replaces the one with its Sid. */
function mergeInto(target: Document, next: Document): void {
  if (next.id !== '') target.id = next.id;
  if (next.version > target.version) target.version = next.version;
  for (const statement of next.statements) {
    const at = statement.sid === '' ? -1 : target.statements.findIndex((s) => s.sid === statement.sid);
    if (at >= 0) target.statements[at] = statement;
    else target.statements.push(statement);
  }
}

function configStatement(
  block: Record<string, unknown>,
  field: string,
  version: string,
  read: ArgumentReader,
): Statement {
  const effect = read.string(block.effect, `${field}.effect`) ?? 'Allow';
  if (effect !== 'Allow' && effect !== 'Deny') {
    throw new PolicyDocumentError(`${field}.effect: expected Allow or Deny, got ${effect}`);
  }
  const sid = read.string(block.sid, `${field}.sid`) ?? '';
  if (!SID.test(sid))
    throw new PolicyDocumentError(`${field}.sid: must only include alphanumeric characters`);
  const set = (name: string, variables: boolean) => {
    const values = read.strings(block[name], `${field}.${name}`);
    if (values === undefined || values.length === 0) return undefined;
    const decoded = singleOrReverseSorted(terraformStringSetOrder(values));
    return variables ? replacePolicyVariables(decoded, `${field}.${name}`, version) : decoded;
  };
  return {
    sid,
    effect,
    actions: set('actions', false),
    notActions: set('not_actions', false),
    resources: set('resources', true),
    notResources: set('not_resources', true),
    principals: configPrincipals(block.principals, `${field}.principals`, version, read),
    notPrincipals: configPrincipals(block.not_principals, `${field}.not_principals`, version, read),
    conditions: configConditions(block.condition, `${field}.condition`, version, read),
  };
}

function configPrincipals(value: unknown, field: string, version: string, read: ArgumentReader): Principal[] {
  const blocks = blockList(value, field).map((b, i) => ({
    type: read.string(b.type, `${field}[${i}].type`) ?? '',
    identifiers: read.strings(b.identifiers, `${field}[${i}].identifiers`) ?? [],
    field: `${field}[${i}].identifiers`,
  }));
  return terraformSetOrder(
    blocks,
    (p) => `identifiers:${serializeStringSet(p.identifiers)}type:${p.type};`,
  ).map((p) => ({
    type: p.type,
    identifiers: replacePolicyVariables(
      singleOrReverseSorted(terraformStringSetOrder(p.identifiers)),
      p.field,
      version,
    ),
  }));
}

function configConditions(value: unknown, field: string, version: string, read: ArgumentReader): Condition[] {
  const blocks = blockList(value, field).map((b, i) => ({
    test: read.string(b.test, `${field}[${i}].test`) ?? '',
    variable: read.string(b.variable, `${field}[${i}].variable`) ?? '',
    values: read.strings(b.values, `${field}[${i}].values`) ?? [],
    field: `${field}[${i}].values`,
  }));
  return terraformSetOrder(
    blocks,
    (c) => `test:${c.test};values:${serializeStringList(c.values)}variable:${c.variable};`,
  ).map((c) => {
    const values = replacePolicyVariables(c.values, c.field, version);
    return { test: c.test, variable: c.variable, values: values.length === 1 ? values[0] : values };
  });
}

/** One value as a string, several sorted in reverse (byte) order: how the provider writes a set of strings. */
function singleOrReverseSorted(values: string[]): string | string[] {
  if (values.length === 1) return values[0];
  return [...values].sort(compareBytes).reverse();
}

/**
 * Orders strings as their UTF-8 bytes order (Go's string comparison), which is code point order: UTF-16 code units
 * give the same order except that a surrogate (a character above U+FFFF) must sort after U+E000..U+FFFF.
 */
function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate && !ySurrogate && y >= 0xe000) return 1;
    if (ySurrogate && !xSurrogate && x >= 0xe000) return -1;
    return x - y;
  }
  return a.length - b.length;
}

/** `&{aws:username}` is how a policy variable is written without Terraform interpolating it. */
function replacePolicyVariables<T extends string | string[]>(value: T, field: string, version: string): T {
  const replace = (s: string) => {
    if (version === '2008-10-17' && s.includes('&{')) {
      throw new PolicyDocumentError(
        `${field}: found &{ sequence in (${s}), which is not supported in document version 2008-10-17`,
      );
    }
    return s.replaceAll('&{', '${');
  };
  return (typeof value === 'string' ? replace(value) : value.map(replace)) as T;
}

/** A source or override document, read as the provider's JSON decoding reads it. */
function unmarshalDocument(text: string, field: string): Document {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PolicyDocumentError(`${field}: not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(json)) throw new PolicyDocumentError(`${field}: expected a JSON object`);
  const statements = goField(json, 'Statement');
  if (statements !== undefined && statements !== null && !Array.isArray(statements)) {
    throw new PolicyDocumentError(`${field}: Statement must be a list`);
  }
  return {
    version: goStringField(json, 'Version', field),
    id: goStringField(json, 'Id', field),
    statements: (statements ?? []).map((s, i) => unmarshalStatement(s, `${field} statement ${i}`)),
  };
}

function unmarshalStatement(s: unknown, field: string): Statement {
  if (!isRecord(s)) throw new PolicyDocumentError(`${field}: expected a JSON object`);
  const optional = (name: string) => {
    const v = goField(s, name);
    return v === null ? undefined : v;
  };
  return {
    sid: goStringField(s, 'Sid', field),
    effect: goStringField(s, 'Effect', field),
    actions: optional('Action'),
    notActions: optional('NotAction'),
    resources: optional('Resource'),
    notResources: optional('NotResource'),
    principals: unmarshalPrincipals(goField(s, 'Principal'), field),
    notPrincipals: unmarshalPrincipals(goField(s, 'NotPrincipal'), field),
    conditions: unmarshalConditions(goField(s, 'Condition'), field),
  };
}

function unmarshalPrincipals(value: unknown, field: string): Principal[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [{ type: '*', identifiers: ['*'] }];
  if (!isRecord(value))
    throw new PolicyDocumentError(`${field}: unsupported Principal ${JSON.stringify(value)}`);
  return Object.entries(value).map(([type, ids]) => {
    if (typeof ids === 'string') return { type, identifiers: ids };
    if (Array.isArray(ids) && ids.every((id): id is string => typeof id === 'string')) {
      return { type, identifiers: [...ids].sort(compareBytes) };
    }
    throw new PolicyDocumentError(`${field}: principal identifiers of ${type} must be strings`);
  });
}

function unmarshalConditions(value: unknown, field: string): Condition[] {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) throw new PolicyDocumentError(`${field}: Condition must be an object`);
  const out: Condition[] = [];
  for (const [test, byVariable] of Object.entries(value)) {
    if (!isRecord(byVariable)) throw new PolicyDocumentError(`${field}: Condition ${test} must be an object`);
    for (const [variable, values] of Object.entries(byVariable)) {
      if (typeof values === 'string') out.push({ test, variable, values: [values] });
      else if (typeof values === 'boolean') out.push({ test, variable, values: String(values) });
      else if (Array.isArray(values)) {
        if (!values.every((v): v is string => typeof v === 'string')) {
          throw new PolicyDocumentError(`${field}: Condition ${test} ${variable} values must be strings`);
        }
        out.push({ test, variable, values: [...values] });
      }
    }
  }
  return out;
}

/** Go's JSON decoding matches field names exactly first, then without regard to case. */
function goField(object: Record<string, unknown>, name: string): unknown {
  if (name in object) return object[name];
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function goStringField(object: Record<string, unknown>, name: string, field: string): string {
  const value = goField(object, name);
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new PolicyDocumentError(`${field}: ${name} must be a string`);
  return value;
}

const object = (entries: [string, GoJsonValue | undefined][]): GoJsonObject => ({
  entries: entries.filter((e): e is [string, GoJsonValue] => e[1] !== undefined),
});

function marshalDocument(doc: Document): GoJsonObject {
  return object([
    ['Version', doc.version || undefined],
    ['Id', doc.id || undefined],
    ['Statement', doc.statements.length > 0 ? doc.statements.map(marshalStatement) : undefined],
  ]);
}

function marshalStatement(s: Statement): GoJsonObject {
  return object([
    ['Sid', s.sid || undefined],
    ['Effect', s.effect || undefined],
    ['Action', s.actions as GoJsonValue | undefined],
    ['NotAction', s.notActions as GoJsonValue | undefined],
    ['Resource', s.resources as GoJsonValue | undefined],
    ['NotResource', s.notResources as GoJsonValue | undefined],
    ['Principal', s.principals.length > 0 ? marshalPrincipals(s.principals) : undefined],
    ['NotPrincipal', s.notPrincipals.length > 0 ? marshalPrincipals(s.notPrincipals) : undefined],
    ['Condition', s.conditions.length > 0 ? marshalConditions(s.conditions) : undefined],
  ]);
}

/** Principals by type (types sorted, as Go writes a map); a lone `*` of type `*` is the bare `"*"`. */
function marshalPrincipals(principals: Principal[]): GoJsonValue {
  if (principals.length === 1 && principals[0].type === '*') {
    const ids = principals[0].identifiers;
    if (ids === '*' || (Array.isArray(ids) && ids.length === 1 && ids[0] === '*')) return '*';
  }
  const byType = new Map<string, string | string[]>();
  for (const { type, identifiers } of principals) {
    const existing = byType.get(type);
    if (typeof identifiers === 'string') {
      byType.set(
        type,
        existing === undefined
          ? identifiers
          : [...(typeof existing === 'string' ? [existing] : existing), identifiers],
      );
    } else {
      const sorted = [...identifiers].sort(compareBytes).reverse();
      byType.set(type, [
        ...(existing === undefined ? [] : typeof existing === 'string' ? [existing] : existing),
        ...sorted,
      ]);
    }
  }
  return sortedObject(byType);
}

/** Conditions by test, then variable (both sorted); the values of one variable joined, a single value unwrapped. */
function marshalConditions(conditions: Condition[]): GoJsonValue {
  const byTest = new Map<string, Map<string, string[]>>();
  for (const { test, variable, values } of conditions) {
    const byVariable = byTest.get(test) ?? new Map<string, string[]>();
    byTest.set(test, byVariable);
    byVariable.set(variable, [
      ...(byVariable.get(variable) ?? []),
      ...(typeof values === 'string' ? [values] : values),
    ]);
  }
  const unwrapped = new Map(
    [...byTest].map(([test, byVariable]) => [
      test,
      sortedObject(new Map([...byVariable].map(([k, v]) => [k, v.length === 1 ? v[0] : v]))),
    ]),
  );
  return sortedObject(unwrapped);
}

function sortedObject(map: Map<string, GoJsonValue>): GoJsonObject {
  return { entries: [...map].sort(([a], [b]) => compareBytes(a, b)) };
}
