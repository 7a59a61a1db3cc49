export { adaptiveRetry, type AdaptiveRetrySettings } from './client-retry';
export { describeAwsError, isRefusal } from './aws-errors';
export { readLiveSources, type LiveReadClients, type LiveReadOptions } from './read-live-sources';
export { readFallbacks, type FallbackReadOptions } from './read-fallbacks';
export { readOneResource, type OneResource } from './read-one';
export {
  adaptedTargets,
  GLOBAL_PLACE,
  ORGANIZATIONS_REGION,
  regionToRead,
  type ReadTarget,
} from './read-target';
export type { IncompleteType, SourceRead } from './source-read';
export * from './sources/config/index';
export { readCloudControl, type CloudControlReadOptions } from './sources/cloudcontrol/read-cloud-control';
export { LIST_NEEDS } from './sources/cloudcontrol/list-needs';
export { readDirect, type DirectReadOptions } from './sources/direct/read-direct';
export { DIRECT_READERS, type DirectClients } from './sources/direct/direct-readers';
export { RateLimiter, type RateLimiterOptions } from './rate-limiter';
export * from './sources/cloudtrail/index';
