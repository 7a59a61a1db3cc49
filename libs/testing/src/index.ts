export * from './synth';
export * from './synthesized-stack';
export * from './terraform/check';
export * from './terraform/jest';
export * from './terraform/mock-defaults';
export * from './terraform/toolchain';
