// What the user chose for each finding, and which choices a finding allows.
import { isDrift, resourceLabel, type DriftStatus, type ResourceResult } from '@groundwork/drift';
import { UsageError } from '../command';

export const DECISIONS = ['revert', 'accept', 'tolerate', 'codify'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The statuses each decision applies to. */
export const APPLIES_TO: Readonly<Record<Decision, readonly DriftStatus[]>> = {
  revert: ['MODIFIED', 'DELETED'],
  accept: ['MODIFIED'],
  tolerate: ['MODIFIED', 'DELETED', 'UNMANAGED'],
  codify: ['UNMANAGED'],
};

/** The decisions a finding allows, in the order they are offered. */
export function choicesFor(finding: ResourceResult): Decision[] {
  return DECISIONS.filter((d) => APPLIES_TO[d].includes(finding.status));
}

/** Does the selector name the finding: `all`, its construct path, Terraform address, `stack/address` or live id? */
export function selects(selector: string, finding: ResourceResult): boolean {
  if (selector === 'all') return true;
  return [
    finding.constructPath,
    finding.address,
    finding.stack && finding.address ? `${finding.stack}/${finding.address}` : null,
    finding.resourceId,
  ].includes(selector);
}

/**
 * One decision per drifted finding from `--revert`, `--accept`, `--tolerate` and `--codify` (each a list of
 * selectors). `all` takes every finding the decision applies to; a named finding the decision does not apply to, a
 * selector that names nothing, and a finding given two decisions are usage errors.
 */
export function decisionsFromSelectors(
  findings: readonly ResourceResult[],
  selectors: Readonly<Partial<Record<Decision, readonly string[]>>>,
): Map<ResourceResult, Decision> {
  const drifted = findings.filter(isDrift);
  const chosen = new Map<ResourceResult, Decision>();
  // Findings named one by one first; `all` then takes what is left.
  for (const pass of ['named', 'all'] as const) {
    for (const decision of DECISIONS) {
      for (const selector of selectors[decision] ?? []) {
        if ((selector === 'all') !== (pass === 'all')) continue;
        const named = drifted.filter((f) => selects(selector, f));
        if (named.length === 0 && pass === 'named')
          throw new UsageError(
            `--${decision} ${selector}: no drifted finding in the report has that construct path, address or live id.`,
          );
        for (const f of named) {
          const applies = APPLIES_TO[decision].includes(f.status);
          if (pass === 'all') {
            if (applies && !chosen.has(f)) chosen.set(f, decision);
            continue;
          }
          if (!applies)
            throw new UsageError(
              `--${decision} ${selector}: ${resourceLabel(f)} is ${f.status}; ${decision} applies to ${APPLIES_TO[decision].join(' and ')} findings (this one allows ${choicesFor(f).join(', ')}).`,
            );
          const before = chosen.get(f);
          if (before && before !== decision)
            throw new UsageError(
              `${resourceLabel(f)} is given both --${before} and --${decision}; choose one.`,
            );
          chosen.set(f, decision);
        }
      }
    }
  }
  return chosen;
}
