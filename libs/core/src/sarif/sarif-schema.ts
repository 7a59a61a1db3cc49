import committed from '../../schema/sarif-2.1.0-rtm.5.json';

/**
 * The SARIF 2.1.0 JSON schema committed in `libs/core/schema/` (as published in @microsoft/jest-sarif), for the
 * tests of every SARIF producer. The file is JSON Schema draft-04; its only keyword that draft-07 validators
 * (ajv 8) read differently is the root `id`, returned here as `$id`, without the draft-04 `$schema`.
 */
export function sarifJsonSchema(): Record<string, unknown> {
  const { $schema: _draft04, id, ...schema } = structuredClone(committed) as Record<string, unknown>;
  return { $id: String(id), ...schema };
}
