import { isRecord } from '@groundwork/core';
import { UNKNOWN } from './norm-values';

/** The grants a canned ACL gives beyond the owner's full control, as `grantee:permission`. */
const CANNED: Readonly<Record<string, readonly string[]>> = {
  private: [],
  'public-read': ['AllUsers:Read'],
  'public-read-write': ['AllUsers:Read', 'AllUsers:Write'],
  'authenticated-read': ['AuthenticatedUsers:Read'],
  'log-delivery-write': ['LogDelivery:Write', 'LogDelivery:ReadAcp'],
  'aws-exec-read': [],
};

/** Grants of a canned ACL (`private`, `public-read`, …); UNKNOWN for anything else. */
export function grantsOfCannedAcl(acl: unknown): readonly string[] | typeof UNKNOWN {
  return typeof acl === 'string' && acl in CANNED ? CANNED[acl] : UNKNOWN;
}

function granteeName(grantee: unknown): string | undefined {
  if (typeof grantee === 'string') return grantee;
  if (!isRecord(grantee)) return undefined;
  const uri = grantee['uri'] ?? grantee['identifier'] ?? grantee['URI'];
  if (typeof uri === 'string') return uri.split('/').pop();
  const id = grantee['id'] ?? grantee['ID'];
  return typeof id === 'string' ? `id=${id}` : undefined;
}

/**
 * The grants of a Config `AccessControlList` beyond the owner's own, as `grantee:permission` (group grantees by
 * name: AllUsers, AuthenticatedUsers, LogDelivery; accounts as `id=<canonical id>`).
 */
export function grantsOfConfigAcl(acl: unknown): string[] | typeof UNKNOWN {
  if (!isRecord(acl)) return UNKNOWN;
  const ownerId = isRecord(acl['owner']) ? acl['owner']['id'] : undefined;
  const out: string[] = [];
  for (const g of Array.isArray(acl['grantList']) ? acl['grantList'] : []) {
    if (!isRecord(g)) continue;
    const name = granteeName(g['grantee']);
    if (name === undefined || name === `id=${String(ownerId)}`) continue;
    out.push(`${name}:${String(g['permission'])}`);
  }
  return [...new Set(out)];
}
