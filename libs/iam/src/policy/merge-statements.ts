import { Statement, StatementProps } from './statement';

// Order-insensitive serialization: two statements that differ only in list or key order get the same key.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

function mergeGroup(group: readonly Statement[], field: 'actions' | 'resources'): Statement {
  if (group.length === 1) return group[0];
  const first = group[0];
  const sids = new Set(group.map((s) => s.sid));
  const props: StatementProps = {
    sid: sids.size === 1 ? first.sid : undefined,
    effect: first.effect,
    actions: first.actions,
    notActions: first.notActions,
    resources: first.resources,
    notResources: first.notResources,
    principals: first.principals,
    conditions: first.conditions,
    [field]: union(group.map((s) => s[field] ?? [])),
  };
  return new Statement(props);
}

function mergeBy(statements: readonly Statement[], field: 'actions' | 'resources'): Statement[] {
  const groups = new Map<string, Statement[]>();
  const order: (string | Statement)[] = [];
  for (const statement of statements) {
    // Only lists of the positive form merge: the union of two NotAction lists means something else.
    if (statement[field] === undefined) {
      order.push(statement);
      continue;
    }
    const { sid: _sid, [field]: _merged, ...rest } = statement;
    const key = canonical({ ...rest });
    const group = groups.get(key);
    if (group) {
      group.push(statement);
    } else {
      groups.set(key, [statement]);
      order.push(key);
    }
  }
  return order.map((entry) =>
    typeof entry === 'string' ? mergeGroup(groups.get(entry) ?? [], field) : entry,
  );
}

/**
 * Merges statements that differ only in their actions (same effect, principals, resources and conditions),
 * then those that differ only in their resources. Either merge grants exactly what the inputs grant:
 * `A on R if C` plus `B on R if C` is `A and B on R if C`. Duplicates collapse; Sids survive only when the
 * merged statements share one.
 */
export function mergeStatements(statements: readonly Statement[]): Statement[] {
  return mergeBy(mergeBy(statements, 'actions'), 'resources');
}
