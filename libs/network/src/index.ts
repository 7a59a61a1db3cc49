export * from './peer';
export * from './port';
export * from './security-group';
export * from './subnet-plan';
export * from './subnet-tier';
export * from './vpc';
export * from './flow-logs';
export * from './vpc-endpoints';
