import { blocks, isUnresolved } from '../values';

/** IMDSv2 is required when http_tokens is "required", or the metadata endpoint is off altogether. */
export function imdsV2Violations(values: Readonly<Record<string, unknown>>): string[] {
  const options = blocks(values.metadata_options);
  if (options.length === 0) return ['metadata_options is not set, so IMDSv1 stays enabled'];
  const ok = options.some(
    (o) =>
      o.http_tokens === 'required' ||
      isUnresolved(o.http_tokens) ||
      o.http_endpoint === 'disabled' ||
      isUnresolved(o.http_endpoint),
  );
  return ok
    ? []
    : [`metadata_options.http_tokens is ${JSON.stringify(options[0].http_tokens ?? 'optional')}`];
}
