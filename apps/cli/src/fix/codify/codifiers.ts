import type { Codifier } from './codify-context';
import { iamRoleCodifier } from './codify-iam-role';
import { s3BucketCodifier } from './codify-s3-bucket';
import { securityGroupCodifier } from './codify-security-group';

/** Every type `drift fix --codify` writes code for, by AWS Config type. */
export const CODIFIERS: ReadonlyMap<string, Codifier> = new Map(
  [securityGroupCodifier, s3BucketCodifier, iamRoleCodifier].map((c) => [c.resourceType, c]),
);
