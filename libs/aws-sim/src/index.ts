export type { AppliedResource, AppliedStack, Attrs } from './apply/applied-resource';
export { stateFile } from './apply/state-file';
export { applyOrder, applyStacks, readSynthStacks, type SynthStack } from './apply/terraform-apply';
export { configItem, type ConfigItem, type RecorderContext } from './config/config-item';
export { awsNoise, recordApplied } from './config/recorder';
export {
  getResourceOutput,
  listResourcesOutput,
  type CloudControlResource,
} from './live/cloud-control-resource';
export type { DirectRead } from './live/direct-read';
export type { InventoryEnvelope } from './live/inventory-envelope';
export { liveReadFiles, type LiveReads } from './live/live-read-files';
export { readCloudControl, readDirect } from './live/live-reader';
export * from './simulated-account';
export * from './simulated-estate';
export { SimulatedIds } from './simulated-ids';
export { instanceItem, type InstanceSpec } from './types/ec2-instance';
export { SIMULATED_TYPES } from './types/registry';
export type { GeneratedName, SimulatedType, TerraformTypeModel } from './types/simulated-type';
export { handMadeItems, type HandMadeOptions, type HandMadeResource } from './hand-made';
export {
  SimulatedTrail,
  type ApiCall,
  type CloudTrailRecord,
  type SimulatedTrailOptions,
} from './cloudtrail/simulated-trail';
export {
  LookupEventsError,
  type LookupAttributeKey,
  type LookupEvent,
  type LookupEventsRequest,
  type LookupEventsResponse,
} from './cloudtrail/lookup-events';
export type { SimulatedActor, SimulatedClient } from './cloudtrail/simulated-actor';
export { recordChange, type RecordChangeOptions } from './cloudtrail/record-change';
