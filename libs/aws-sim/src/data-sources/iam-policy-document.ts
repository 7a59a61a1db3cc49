// aws_iam_policy_document as the provider renders it. The rendering is this module's one function, so that it can
// be replaced by a shared renderer without touching the data-source plumbing.
import type { Attrs } from '../apply/applied-resource';
import type { DataSourceReader } from './data-source';

type Block = Record<string, unknown>;

function one(values: unknown): unknown {
  const list = (values as unknown[]) ?? [];
  return list.length === 1 ? list[0] : list;
}

/** The provider's rendering of aws_iam_policy_document: single values unwrapped, indented JSON. */
export function renderPolicyDocument(v: Attrs): string {
  const statements = ((v.statement as Block[] | undefined) ?? []).map((s) => {
    const out: Block = {};
    if (s.sid) out.Sid = s.sid;
    out.Effect = s.effect ?? 'Allow';
    if (s.actions) out.Action = one(s.actions);
    if (s.not_actions) out.NotAction = one(s.not_actions);
    if (s.resources) out.Resource = one(s.resources);
    if (s.not_resources) out.NotResource = one(s.not_resources);
    const principals = (s.principals as Block[] | undefined) ?? [];
    if (principals.length > 0)
      out.Principal = Object.fromEntries(principals.map((p) => [p.type, one(p.identifiers)]));
    const conditions = (s.condition as Block[] | undefined) ?? [];
    if (conditions.length > 0) {
      const byTest: Record<string, Block> = {};
      for (const c of conditions) {
        byTest[String(c.test)] = { ...(byTest[String(c.test)] ?? {}), [String(c.variable)]: one(c.values) };
      }
      out.Condition = byTest;
    }
    return out;
  });
  return JSON.stringify({ Version: v.version ?? '2012-10-17', Statement: statements }, null, 2);
}

function hashCode(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}

export const readPolicyDocument: DataSourceReader = (_name, v) => {
  const json = renderPolicyDocument(v);
  return { ...v, id: String(hashCode(json)), json, minified_json: JSON.stringify(JSON.parse(json)) };
};
