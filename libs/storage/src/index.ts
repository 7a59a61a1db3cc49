export * from './bucket/bucket-name';
export * from './bucket/bucket-policy';
export * from './bucket/secure-bucket';
export * from './cdn/static-site-distribution';
export * from './secrets/grant-secret-read';
export * from './secrets/secret';
export * from './database/database';
export * from './database/database-engine';
