import { TerraformConfigView } from '../model';
import { isRecord } from '@groundwork/core';
import { blocks, strings } from '../values';

export interface PolicyCondition {
  readonly test: string;
  readonly variable: string;
  readonly values: readonly string[];
}

/** One IAM statement, normalized from policy JSON or an `aws_iam_policy_document` data source. */
export interface PolicyStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly PolicyCondition[];
}

const DOCUMENT_REFERENCE = /^\$\{(data\.aws_iam_policy_document\.[\w-]+)\.json\}$/;

/**
 * The statements of a `policy` argument: policy JSON, or a reference to an `aws_iam_policy_document` data source
 * in the same configuration. Undefined when the document cannot be known (any other expression), so callers
 * never report on a policy they cannot read.
 */
export function policyStatements(
  policy: unknown,
  config: TerraformConfigView,
): PolicyStatement[] | undefined {
  if (typeof policy !== 'string') return undefined;
  const reference = DOCUMENT_REFERENCE.exec(policy.trim());
  if (reference) {
    const document = config.dataSource(reference[1]);
    return document ? documentStatements(document) : undefined;
  }
  // Policy JSON with interpolated ARNs still parses; a whole-document expression (jsonencode, file) does not.
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const list = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return list.filter(isRecord).map((s) => ({
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(s.Action),
    resources: strings(s.Resource),
    conditions: jsonConditions(s.Condition),
  }));
}

function documentStatements(document: Readonly<Record<string, unknown>>): PolicyStatement[] | undefined {
  // A document built from other documents cannot be read whole here.
  if (document.source_policy_documents !== undefined || document.override_policy_documents !== undefined) {
    return undefined;
  }
  return blocks(document.statement).map((s) => ({
    effect: s.effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(s.actions),
    resources: strings(s.resources),
    conditions: blocks(s.condition).map((c) => ({
      test: String(c.test ?? ''),
      variable: String(c.variable ?? ''),
      values: strings(c.values),
    })),
  }));
}

function jsonConditions(condition: unknown): PolicyCondition[] {
  if (!isRecord(condition)) return [];
  const out: PolicyCondition[] = [];
  for (const [test, byKey] of Object.entries(condition)) {
    if (!isRecord(byKey)) continue;
    for (const [variable, values] of Object.entries(byKey)) {
      out.push({
        test,
        variable,
        values: strings(values).concat(typeof values === 'boolean' ? [String(values)] : []),
      });
    }
  }
  return out;
}

/** An `Allow` of every action on every resource: administrator access. */
export function isAdminStatement(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.actions.some((a) => a === '*' || a === '*:*') &&
    statement.resources.includes('*')
  );
}
