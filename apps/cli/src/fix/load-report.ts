import { DRIFT_REPORT_SCHEMA, type DriftReport } from '@groundwork/drift';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { UsageError } from '../command';

let validate: ReturnType<Ajv2020['compile']> | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
      : error.keyword === 'enum'
        ? ` (${(error.params as { allowedValues?: unknown[] }).allowedValues?.join(', ')})`
        : '';
  return `${where}: ${error.message ?? 'is not valid'}${extra}`;
}

/**
 * A drift report written by `groundwork drift check --format json`, checked against its JSON Schema: a report from
 * another tool or version is refused with the field that does not fit, rather than half understood.
 */
export function loadReport(file: string): DriftReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(
      `--report ${file}: not a JSON drift report (${(err as Error).message}); write one with \`groundwork drift check --format json --output drift.json\`.`,
    );
  }
  validate ??= new Ajv2020({ allErrors: true }).compile(DRIFT_REPORT_SCHEMA);
  if (!validate(json)) {
    const problems = (validate.errors ?? []).slice(0, 5).map(describe);
    throw new UsageError(
      `--report ${file}: not a drift report of schemaVersion 1: ${problems.join('; ')}. Write it with \`groundwork drift check --format json\`.`,
    );
  }
  return json as DriftReport;
}
