export type { Difference, DriftReport, DriftStatus, ResourceResult } from './report-types';
export * from './report';
