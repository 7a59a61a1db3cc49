// What the data sources cdktf stacks read return in the simulated account: the account, region and partition, the
// region's zones, public SSM parameters (the latest Amazon Linux AMI), AWS managed CloudFront policies, rendered
// IAM policy documents and other stacks' outputs through terraform_remote_state. One reader per data source type.
import type { Attrs } from '../apply/applied-resource';
import { readCallerIdentity, readElbServiceAccount, readPartition, readRegion } from './account';
import { readAvailabilityZones } from './availability-zones';
import { readCachePolicy, readResponseHeadersPolicy } from './cloudfront-managed-policies';
import type { DataContext, DataSourceReader } from './data-source';
import { readPolicyDocument } from './iam-policy-document';
import { readSsmParameter } from './ssm-parameter';
import { readRemoteState } from './terraform-remote-state';

const READERS: ReadonlyMap<string, DataSourceReader> = new Map([
  ['aws_caller_identity', readCallerIdentity],
  ['aws_elb_service_account', readElbServiceAccount],
  ['aws_partition', readPartition],
  ['aws_region', readRegion],
  ['aws_availability_zones', readAvailabilityZones],
  ['aws_ssm_parameter', readSsmParameter],
  ['aws_cloudfront_cache_policy', readCachePolicy],
  ['aws_cloudfront_response_headers_policy', readResponseHeadersPolicy],
  ['aws_iam_policy_document', readPolicyDocument],
  ['terraform_remote_state', readRemoteState],
]);

/** The attributes a data source reads, given its resolved arguments; any other type gets an id of its own. */
export function readDataSource(type: string, name: string, v: Attrs, ctx: DataContext): Attrs {
  const read = READERS.get(type);
  return read ? read(name, v, ctx) : { ...v, id: ctx.ids.hex(12) };
}
