import { requireWholeNumber } from '@groundwork/core';
import { isLiteral } from '../internal/validation';

// The hardening every instance gets, whether launched from a launch template or as a single instance.

/** Root device of Amazon Linux 2023 AMIs. */
export const AL2023_ROOT_DEVICE = '/dev/xvda';

export interface MetadataOptions {
  readonly httpEndpoint: 'enabled';
  readonly httpTokens: 'required';
  readonly httpPutResponseHopLimit: number;
  readonly instanceMetadataTags: 'disabled';
}

/**
 * IMDSv2 only (session tokens required, which blocks SSRF-style credential theft through IMDSv1). A hop limit of
 * 1 keeps the token from leaving the instance; containers behind a bridge network need 2.
 */
export function metadataOptions(path: string, hopLimit: number): MetadataOptions {
  if (isLiteral(hopLimit)) requireWholeNumber(path, 'metadataHopLimit', hopLimit, { min: 1, max: 64 });
  return {
    httpEndpoint: 'enabled',
    httpTokens: 'required',
    httpPutResponseHopLimit: hopLimit,
    instanceMetadataTags: 'disabled',
  };
}

/** gp3 volume sizes EC2 accepts, in GiB. */
export const ROOT_VOLUME_LIMITS = { min: 1, max: 16384 } as const;

export function checkRootVolumeSize(path: string, size: number): void {
  if (isLiteral(size))
    requireWholeNumber(path, 'rootVolumeSize', size, {
      min: ROOT_VOLUME_LIMITS.min,
      max: ROOT_VOLUME_LIMITS.max,
    });
}
