import type { Difference, DriftReport, ResourceResult } from '../report-types';

/**
 * The JSON report, schemaVersion 1 (`drift-report.schema.json`): keys in the documented order, and `undefined`
 * expected/actual values (an attribute present on one side only) written as null so no key silently disappears.
 * The optional fields (source, account, region, changedBy, coverageBySource) appear only when set.
 */
export function renderJson(report: DriftReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/** The report as plain JSON data, exactly the schema's shape. */
export function toJsonReport(report: DriftReport): DriftReport {
  const s = report.summary;
  return {
    schemaVersion: 1,
    summary: {
      total: s.total,
      inSync: s.inSync,
      modified: s.modified,
      deleted: s.deleted,
      unmanaged: s.unmanaged,
      notChecked: s.notChecked,
      coverage: s.coverage,
      ...(s.coverageBySource && { coverageBySource: { ...s.coverageBySource } }),
    },
    resources: report.resources.map(toJsonResource),
  };
}

function toJsonResource(r: ResourceResult): ResourceResult {
  return {
    status: r.status,
    stack: r.stack ?? null,
    address: r.address ?? null,
    addresses: [...r.addresses],
    constructPath: r.constructPath ?? null,
    resourceType: r.resourceType ?? null,
    resourceId: r.resourceId ?? null,
    differences: r.differences.map(toJsonDifference),
    reason: r.reason ?? null,
    // Optional fields are written only when the engine sets them.
    ...(r.source !== undefined && { source: r.source }),
    ...(r.account !== undefined && { account: r.account }),
    ...(r.region !== undefined && { region: r.region }),
    ...(r.changedBy !== undefined && { changedBy: r.changedBy.map((e) => ({ ...e })) }),
  };
}

function toJsonDifference(d: Difference): Difference {
  return { path: d.path, expected: d.expected ?? null, actual: d.actual ?? null, type: d.type };
}
