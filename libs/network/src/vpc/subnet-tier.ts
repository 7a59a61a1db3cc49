/** The three subnet tiers of a VPC, in the order they are planned and reported. */
export type SubnetTier = 'public' | 'private' | 'isolated';

export const SUBNET_TIERS: readonly SubnetTier[] = ['public', 'private', 'isolated'];

/** Smallest and largest subnet prefix lengths AWS accepts (a /16 to a /28). */
export const MIN_SUBNET_PREFIX = 16;
export const MAX_SUBNET_PREFIX = 28;
