import { Construct } from 'constructs';
import { developmentVpc } from './development-vpc';
import { isolatedVpc } from './isolated-vpc';
import { plannedVpc } from './planned-vpc';
import { productionVpc } from './production-vpc';
import { tieredSecurityGroups } from './tiered-security-groups';

/** Every example of the README, by the file it lives in; each is synthesized and checked with terraform. */
export const EXAMPLES: Record<string, (scope: Construct) => void> = {
  'production-vpc': productionVpc,
  'development-vpc': developmentVpc,
  'planned-vpc': plannedVpc,
  'isolated-vpc': isolatedVpc,
  'tiered-security-groups': tieredSecurityGroups,
};
