import type { ResourceResult } from '../report-types';
import { actorName } from './change-labels';
import { byStatusThenLabel } from './report-grouping';

/** Who made the newest recorded change to a finding. */
export interface Actor {
  /** The user or session name, else the last part of the principal ARN. */
  readonly name: string;
  readonly principalArn: string;
}

export interface ActorGroup {
  /** Null for findings with no linked CloudTrail event. */
  readonly actor: Actor | null;
  readonly resources: ResourceResult[];
}

/** The principal of the newest event in `changedBy`, or null when none is linked. */
export function actorOf(result: ResourceResult): Actor | null {
  const last = result.changedBy?.[result.changedBy.length - 1];
  return last ? { name: actorName(last), principalArn: last.principalArn } : null;
}

/**
 * Groups results by who made their newest recorded change (one group per principal ARN, by name), findings with no
 * linked event last; each group ordered by status, then label, as the stack grouping is.
 */
export function groupByActor(resources: readonly ResourceResult[]): ActorGroup[] {
  const groups = new Map<string | null, { actor: Actor | null; resources: ResourceResult[] }>();
  for (const r of resources) {
    const actor = actorOf(r);
    const key = actor?.principalArn ?? null;
    const group = groups.get(key);
    if (group) group.resources.push(r);
    else groups.set(key, { actor, resources: [r] });
  }
  return [...groups.values()]
    .sort((a, b) =>
      a.actor === null
        ? 1
        : b.actor === null
          ? -1
          : a.actor.name.localeCompare(b.actor.name) ||
            a.actor.principalArn.localeCompare(b.actor.principalArn),
    )
    .map((g) => ({ actor: g.actor, resources: byStatusThenLabel(g.resources) }));
}
