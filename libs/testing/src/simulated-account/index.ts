export * from './aws-noise';
export * from './config-recorder';
export * from './simulated-account';
export * from './simulated-ids';
export * from './terraform-apply';
