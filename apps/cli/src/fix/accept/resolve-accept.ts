// Where an accepted live value goes in the code. A difference names a path in the drift engine's normalized document
// (`versioning.status`); the code has Terraform arguments (`versioning_configuration.status` of the bucket's
// versioning resource). The value is written where the IaC now sets exactly the expected value, and nowhere else.
import { isRecord } from '@groundwork/core';
import type { DesiredResource, Difference, ResourceResult } from '@groundwork/drift';
import type { AcceptedEdit } from './accepted-edit';

/** An edit at a construct path, or why the difference cannot be accepted in code. */
export type AcceptResolution =
  | { readonly ok: true; readonly constructPath: string; readonly edit: AcceptedEdit }
  | { readonly ok: false; readonly reason: string };

/** Every scalar argument of a resource with its dotted path; lists (blocks cdktf writes as arrays) are not entered. */
function scalarArguments(values: Readonly<Record<string, unknown>>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === '//' || key === 'tags' || key === 'tags_all') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value)) out.push(...scalarArguments(value, path));
    else if (!Array.isArray(value)) out.push([path, value]);
  }
  return out;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The code's value and the report's expected value say the same (`Enabled`/`enabled`, `5`/`"5"`). */
function sameValue(code: unknown, expected: unknown): boolean {
  if (!isScalar(code) || !isScalar(expected)) return false;
  if (typeof code === 'string' && code.includes('${')) return false;
  return String(code).toLowerCase() === String(expected).toLowerCase();
}

/** The live value in the type the code uses for the argument. */
function inCodeType(code: unknown, live: string | number | boolean): string | number | boolean {
  if (typeof code === 'boolean' && typeof live === 'string') return live.toLowerCase() === 'true';
  if (
    typeof code === 'number' &&
    typeof live === 'string' &&
    live.trim() !== '' &&
    !Number.isNaN(Number(live))
  )
    return Number(live);
  if (typeof code === 'string' && typeof live !== 'string') return String(live);
  return live;
}

/** The last segment of an engine path: `versioning.status` → `status`, `ingress[0].cidr` → `cidr`. */
function leaf(path: string): string {
  return (
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? path
  );
}

export interface AcceptInput {
  readonly finding: ResourceResult;
  readonly difference: Difference;
  /** The finding's resources in the IaC: the primary first, then those folded into it. */
  readonly resources: readonly DesiredResource[];
  /** Why, for the reviewer: the finding and who changed it. */
  readonly why: string;
}

export function resolveAccept({ finding, difference: d, resources, why }: AcceptInput): AcceptResolution {
  const primary = resources.find((r) => r.address === finding.address) ?? resources[0];
  if (!primary?.constructPath)
    return { ok: false, reason: `${finding.address ?? 'the resource'} has no construct path in the IaC` };

  if (d.path.startsWith('tags.')) {
    if (d.path.slice(5).includes('.'))
      return {
        ok: false,
        reason: `the tag key ${d.path.slice(5)} holds a dot, which an override path cannot: set it by hand`,
      };
    if (!isScalar(d.actual))
      return {
        ok: false,
        reason: `the tag ${d.path.slice(5)} is gone live: remove it from the code by hand`,
      };
    // A resource's own tags win over the provider's default_tags, wherever the expected value came from.
    return {
      ok: true,
      constructPath: primary.constructPath,
      edit: {
        set: `tags.${d.path.slice(5)}`,
        type: primary.type,
        value: String(d.actual),
        was: d.expected ?? null,
        why,
      },
    };
  }

  if (d.path === 'managed_policy_arns' && primary.type === 'aws_iam_role') {
    if (d.type !== 'ADD' || typeof d.actual !== 'string')
      return {
        ok: false,
        reason: `${String(d.expected)} was detached live: accepting that means deleting its attachment from the code, by hand`,
      };
    const roleName = primary.values['name'];
    if (typeof roleName !== 'string' || roleName.includes('${'))
      return { ok: false, reason: 'the role has no literal name in the IaC to import the attachment by' };
    return {
      ok: true,
      constructPath: primary.constructPath,
      edit: { attachPolicy: d.actual, importId: `${roleName}/${d.actual}`, why },
    };
  }

  if (!isScalar(d.actual))
    return {
      ok: false,
      reason:
        d.actual === null || d.actual === undefined
          ? `${d.path} is gone live: accepting a removal means deleting the argument from the code, by hand`
          : `${d.path} is a ${Array.isArray(d.actual) ? 'list' : 'structure'} (rules, policies, sets): only single values are accepted in code; revert it or tolerate it`,
    };
  const name = leaf(d.path);
  const candidates = resources.flatMap((r) =>
    scalarArguments(r.values)
      .filter(([path, value]) => (path === d.path || leaf(path) === name) && sameValue(value, d.expected))
      .map(([path, value]) => ({ resource: r, path, value })),
  );
  // The primary's argument of the very same path wins over a namesake elsewhere.
  const exact = candidates.filter((c) => c.resource === primary && c.path === d.path);
  const chosen = exact.length === 1 ? exact : candidates;
  if (chosen.length !== 1 || !chosen[0].resource.constructPath)
    return {
      ok: false,
      reason:
        chosen.length === 0
          ? `no argument of ${resources.map((r) => r.address).join(', ')} sets ${JSON.stringify(d.expected)} for ${d.path}: the value comes from a reference or a default; change the code by hand, revert or tolerate`
          : `${chosen.length} arguments could hold ${d.path} (${chosen.map((c) => `${c.resource.address} ${c.path}`).join(', ')}): change the code by hand`,
    };
  const [{ resource, path, value }] = chosen;
  return {
    ok: true,
    constructPath: resource.constructPath as string,
    edit: { set: path, type: resource.type, value: inCodeType(value, d.actual), was: value, why },
  };
}
