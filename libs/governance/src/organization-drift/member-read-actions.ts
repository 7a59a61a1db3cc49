// What the organization's central functions call in a member account through its read role: AWS Config's reads,
// and for every type the organization sweep reads in the member account (the drift adapters' Cloud Control and
// direct types), Cloud Control's own actions and what each type's read and list handlers, or its direct read, call.
// Built from @groundwork/drift's read-permission tables, as the DriftChecker's own role is, so a type added there
// is permitted here too.
import {
  ADAPTED_TYPES_BY_SOURCE,
  CLOUD_CONTROL_READ_ACTIONS,
  CLOUD_CONTROL_READ_PERMISSIONS,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';
import { readActions } from '../drift-checker/function-policy';

export const MEMBER_READ_ACTIONS: readonly string[] = [
  ...new Set([
    'config:BatchGetResourceConfig',
    'config:GetResourceConfigHistory',
    'config:ListDiscoveredResources',
    'config:SelectResourceConfig',
    ...CLOUD_CONTROL_READ_ACTIONS,
    ...readActions(ADAPTED_TYPES_BY_SOURCE.cloudcontrol, CLOUD_CONTROL_READ_PERMISSIONS),
    ...readActions(ADAPTED_TYPES_BY_SOURCE.direct, DIRECT_READ_PERMISSIONS),
  ]),
];
