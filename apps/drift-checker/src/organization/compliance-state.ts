// Change-only evaluations: the compliance a shard last put for each resource, kept in the sweep bucket next to the
// shard results. A resource whose compliance is what was last put gets no new evaluation, so a sweep of an
// unchanged organization puts none (Config charges per evaluation recorded).
import type { ResourceResult } from '@groundwork/drift';
import { complianceOf } from '../sinks/config-evaluations';
import { annotation } from '../sinks/drift-summary';
import type { SweepEvaluation } from './sweep-ports';

type Compliance = SweepEvaluation['compliance'];

const CODE: Record<Compliance, string> = { COMPLIANT: 'C', NON_COMPLIANT: 'N', NOT_APPLICABLE: 'A' };

/** `{ "<type> <id>": "C" | "N" | "A" }`: one letter a resource keeps 1M resources at about 60 bytes each. */
export interface ComplianceState {
  readonly version: 1;
  readonly compliance: Record<string, string>;
}

export function emptyComplianceState(): ComplianceState {
  return { version: 1, compliance: {} };
}

/** Reads a stored state; anything else (a format this code does not know) starts over, which re-puts all. */
export function readComplianceState(text: string | undefined): ComplianceState {
  if (text === undefined) return emptyComplianceState();
  const parsed = JSON.parse(text) as Partial<ComplianceState>;
  return parsed.version === 1 && typeof parsed.compliance === 'object' && parsed.compliance !== null
    ? { version: 1, compliance: parsed.compliance }
    : emptyComplianceState();
}

/**
 * The evaluations to put (only the resources whose compliance differs from the previous state, or that it does not
 * hold) and the new state. Results without a resource type and id cannot be evaluated and are left out.
 */
export function changedEvaluations(
  results: readonly ResourceResult[],
  previous: ComplianceState,
  orderingTimestamp: string,
): { evaluations: SweepEvaluation[]; state: ComplianceState } {
  const next: Record<string, string> = {};
  const evaluations: SweepEvaluation[] = [];
  for (const r of results) {
    if (!r.resourceType || !r.resourceId) continue;
    const compliance = complianceOf(r);
    const key = `${r.resourceType} ${r.resourceId}`;
    next[key] = CODE[compliance];
    if (previous.compliance[key] === CODE[compliance]) continue;
    evaluations.push({
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      compliance,
      annotation: annotation(r),
      orderingTimestamp,
    });
  }
  return { evaluations, state: { version: 1, compliance: next } };
}
