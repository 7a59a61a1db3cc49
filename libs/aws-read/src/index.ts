export { adaptiveRetry, type AdaptiveRetrySettings } from './client-retry';
export * from './sources/config/index';
