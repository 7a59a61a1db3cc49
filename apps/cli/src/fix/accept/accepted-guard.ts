// What guard objects to once accepted values are in the IaC, and did not before: each stack's synthesized JSON with
// the edits put where the generated module puts them (an override at the argument's path, a policy attachment next
// to the role), scanned before and after. A live change guard refuses (IMDSv1, a public database) stops synthesis
// once accepted, so the reviewer learns it here, not at the next synth.
import { isRecord } from '@groundwork/core';
import { scanTerraform, type GuardFinding } from '@groundwork/guard';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AcceptedEdit } from './accepted-edit';

type Json = Record<string, unknown>;

/** The resource block whose construct path is `path`, with its type and name. */
function resourceAt(stack: Json, path: string): { type: string; name: string; body: Json } | undefined {
  const resources = isRecord(stack['resource']) ? stack['resource'] : {};
  for (const [type, byName] of Object.entries(resources))
    for (const [name, body] of Object.entries(isRecord(byName) ? byName : {})) {
      const meta = isRecord(body) && isRecord(body['//']) ? body['//']['metadata'] : undefined;
      if (isRecord(meta) && meta['path'] === path && isRecord(body)) return { type, name, body };
    }
  return undefined;
}

/** Sets `value` at a dotted path, creating the objects on the way, as cdktf's addOverride does. */
function setAt(body: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = body;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (node[key] = isRecord(next)
      ? next
      : Array.isArray(next) && isRecord(next[0])
        ? next[0]
        : {}) as Json;
  }
  node[keys[keys.length - 1]] = value;
}

const key = (g: GuardFinding) => `${g.ruleId}\u0000${g.address}\u0000${g.message}`;

/**
 * Guard's unsuppressed findings that the accepted edits add, per stack. `stacks` maps each stack with edits to its
 * cdk.tf.json in `iacDir`; `edits` are by construct path.
 */
export function guardOnAccepted(
  iacDir: string,
  stackFiles: ReadonlyMap<string, string>,
  edits: ReadonlyMap<string, readonly { readonly constructPath: string; readonly edit: AcceptedEdit }[]>,
): GuardFinding[] {
  const added: GuardFinding[] = [];
  for (const [stack, stackEdits] of edits) {
    const file = stackFiles.get(stack);
    if (!file) continue;
    const text = readFileSync(join(iacDir, file), 'utf8');
    const before = new Set(scanTerraform(JSON.parse(text), { stack }).map(key));
    const json = JSON.parse(text) as Json;
    stackEdits.forEach(({ constructPath, edit }, i) => {
      const target = resourceAt(json, constructPath);
      if (!target) return;
      if ('set' in edit) setAt(target.body, edit.set, edit.value);
      else {
        const resources = json['resource'] as Record<string, Json>;
        // Where accepted-values.ts puts it: next to the role, named after the policy.
        const scope = constructPath.split('/').slice(0, -1).join('/');
        const policy = edit.attachPolicy.split('/').pop() ?? edit.attachPolicy;
        (resources['aws_iam_role_policy_attachment'] ??= {})[`accepted_${i}`] = {
          '//': { metadata: { path: `${scope}/accepted-${policy}` } },
          role: `\${${target.type}.${target.name}.name}`,
          policy_arn: edit.attachPolicy,
        };
      }
    });
    added.push(...scanTerraform(json, { stack }).filter((g) => !g.suppressed && !before.has(key(g))));
  }
  return added;
}
