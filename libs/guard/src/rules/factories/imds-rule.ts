import { CheckResult } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed, shown } from '../../values';

/**
 * IMDSv2 is required when `metadata_options` sets `http_tokens = "required"`, or turns the metadata endpoint off
 * (`http_endpoint = "disabled"`). Shared by the instance and launch template rules.
 */
export function imdsV2Violations(body: Body): CheckResult[] {
  const options = body.blocks('metadata_options');
  if (options.length === 0) return ['metadata_options is not set, so IMDSv1 stays enabled'];
  const results = options.map((o): CheckResult | undefined => {
    const tokens = o.string('http_tokens');
    const endpoint = o.string('http_endpoint');
    if (tokens === 'required' || endpoint === 'disabled') return undefined;
    if (tokens instanceof Expression)
      return computed('metadata_options.http_tokens', tokens, 'whether IMDSv2 is required');
    if (endpoint instanceof Expression) {
      return computed('metadata_options.http_endpoint', endpoint, 'whether the metadata endpoint is off');
    }
    return `metadata_options.http_tokens is ${shown(tokens ?? 'optional')}`;
  });
  // Several blocks are invalid in Terraform; one that requires IMDSv2 settles it.
  if (results.some((r) => r === undefined)) return [];
  return results.filter((r): r is CheckResult => r !== undefined).slice(0, 1);
}
