import type { Difference, DriftStatus, LiveSourceKind } from '../../report-types';

/** What each status is called on the page. */
export const STATUS_LABEL: Readonly<Record<DriftStatus, string>> = {
  MODIFIED: 'Modified',
  DELETED: 'Deleted',
  UNMANAGED: 'Unmanaged',
  NOT_CHECKED: 'Not checked',
  IN_SYNC: 'In sync',
};

/** The CSS class suffix of each status (`status-modified`, …). */
export const STATUS_CLASS: Readonly<Record<DriftStatus, string>> = {
  MODIFIED: 'modified',
  DELETED: 'deleted',
  UNMANAGED: 'unmanaged',
  NOT_CHECKED: 'not-checked',
  IN_SYNC: 'in-sync',
};

export const SOURCE_LABEL: Readonly<Record<LiveSourceKind, string>> = {
  config: 'AWS Config',
  cloudcontrol: 'Cloud Control API',
  direct: 'direct read',
};

export const CHANGE_LABEL: Readonly<Record<Difference['type'], string>> = {
  NOT_EQUAL: 'changed',
  ADD: 'added live',
  REMOVE: 'missing live',
};
