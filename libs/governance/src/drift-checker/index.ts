export * from './drift-checker';
export { configChangePattern } from './event-pattern';
