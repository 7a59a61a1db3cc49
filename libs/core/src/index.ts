export { isRecord } from './json-value';
