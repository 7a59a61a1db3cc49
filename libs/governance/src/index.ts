export { Guard } from './guard';
export type { GuardProps } from './guard';
export { Tagging } from './tagging';
export type { TaggingProps } from './tagging';
export { suppress } from './suppress';
export { ConfigRecorder } from './config-recorder/config-recorder';
export type { ConfigRecorderProps, SnapshotDeliveryFrequency } from './config-recorder/config-recorder';
export * from './drift-checker';
export * from './organization-drift';
