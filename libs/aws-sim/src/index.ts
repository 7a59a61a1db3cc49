export * from './aws-noise';
export * from './config-recorder';
export * from './data-sources';
export * from './expressions';
export * from './simulated-account';
export * from './simulated-ids';
export * from './terraform-apply';
