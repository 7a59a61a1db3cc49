export * from './ipv4-cidr';
export * from './peer';
export * from './port';
export * from './security-group';
export * from './subnet-plan';
export * from './subnet-tier';
export * from './vpc';
