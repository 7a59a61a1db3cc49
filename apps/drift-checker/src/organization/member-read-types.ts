// The types the sweep reads in the member accounts through their read role: those the drift adapters compare through
// Cloud Control and the direct reads (libs/aws-read's adaptedTargets, so there is no second list to keep).
import { adaptedTargets } from '@groundwork/aws-read';
import type { MemberReadTypes } from './sweep-shard-plan';

export const SWEPT_MEMBER_READ_TYPES: MemberReadTypes = {
  cloudcontrol: adaptedTargets('cloudcontrol'),
  direct: adaptedTargets('direct'),
};
