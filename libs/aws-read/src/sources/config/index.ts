export type { ApiConfigItem } from './api-item';
export { UnprocessedKeysError } from './batch-get';
export { latestItem } from './latest-item';
export { readConfigItems, type ReadConfigItemsOptions } from './read-config-items';
export { recordedTypes } from './recorded-types';
