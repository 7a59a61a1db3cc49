import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import { tagMap } from '../live/decode';
import { NormSet } from '../normalize/norm-values';
import { enumValue } from '../normalize/scalars';
import { actualTags } from '../normalize/tags';
import { grantsOfCannedAcl, grantsOfConfigAcl } from '../normalize/s3-acl';
import type { Adapter, ExpectedInput } from './adapter';
import {
  UNKNOWN,
  block,
  blocks,
  bool,
  conf,
  defined,
  foldedOf,
  get,
  keys,
  kmsKey,
  lower,
  policy,
  supp,
  tagsOf,
} from './helpers';

const FOLDED = [
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_logging',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_accelerate_configuration',
  'aws_s3_bucket_request_payment_configuration',
  'aws_s3_bucket_website_configuration',
];

/** The grants the IaC's canned ACL (aws_s3_bucket_acl or the legacy inline `acl`) gives beyond the owner. */
function expectedAcl(input: ExpectedInput): unknown {
  const resource = foldedOf(input, 'aws_s3_bucket_acl')[0];
  const acl = resource ? resource['acl'] : input.values['acl'];
  // A bucket the IaC creates without an ACL keeps the owner-only one: grants added by hand are drift.
  if (acl === undefined) return input.ownsResource ? new NormSet([]) : undefined;
  if (resource && resource['access_control_policy'] !== undefined) return UNKNOWN;
  return maybeSet(grantsOfCannedAcl(acl));
}

function maybeSet(grants: readonly string[] | typeof UNKNOWN): unknown {
  return grants === UNKNOWN ? UNKNOWN : new NormSet(grants);
}

/** S3 lifecycle numbers use -1 for "not set". */
function days(v: unknown): unknown {
  return v === -1 || v === -1.0 || v === '-1' || v === undefined ? null : v;
}

/** Terraform's Enabled/Suspended/Disabled against Config's Enabled/Suspended/Off. */
function versioningStatus(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return lower(v.toLowerCase() === 'off' ? 'Disabled' : v);
}

function hasFullSupplementary(item: ConfigItem): boolean {
  return Object.keys(item.supplementaryConfiguration).length > 0;
}

export const s3BucketAdapter: Adapter = {
  configType: 'AWS::S3::Bucket',
  terraformTypes: ['aws_s3_bucket'],
  folds: FOLDED.map((type) => ({ type, parentAttributes: ['bucket'] })),
  compared: [
    'versioning.status',
    'encryption (sse_algorithm, kms_master_key_id, bucket_key_enabled)',
    'public_access_block (4 flags)',
    'policy (semantic)',
    'ownership',
    'logging (target_bucket, target_prefix)',
    'lifecycle rules (set: id, status, expiration, noncurrent expiration, abort multipart)',
    'acl (canned ACL as the set of grants beyond the owner)',
    'acceleration status',
    'request payer',
    'website (index and error documents)',
    'tags',
  ],
  joinKey: 'bucket name',
  desiredKeys: (v, s) => keys(s?.['id'], s?.['bucket'], v['bucket']),
  liveKeys: (item) => keys(item.resourceId, item.resourceName, conf(item)['name']),
  expected: (input) => {
    const v = input.values;
    const versioning = foldedOf(input, 'aws_s3_bucket_versioning')[0];
    const sse = foldedOf(input, 'aws_s3_bucket_server_side_encryption_configuration')[0];
    const pab = foldedOf(input, 'aws_s3_bucket_public_access_block')[0];
    const pol = foldedOf(input, 'aws_s3_bucket_policy')[0];
    const own = foldedOf(input, 'aws_s3_bucket_ownership_controls')[0];
    const log = foldedOf(input, 'aws_s3_bucket_logging')[0];
    const life = foldedOf(input, 'aws_s3_bucket_lifecycle_configuration')[0];
    const accel = foldedOf(input, 'aws_s3_bucket_accelerate_configuration')[0];
    const payment = foldedOf(input, 'aws_s3_bucket_request_payment_configuration')[0];
    const website = foldedOf(input, 'aws_s3_bucket_website_configuration')[0];
    const inlineVersioning = block(v['versioning']);
    const sseDefault = sse
      ? block(block(sse['rule'])?.['apply_server_side_encryption_by_default'])
      : undefined;
    return defined({
      versioning: versioning
        ? { status: versioningStatus(get(versioning, 'versioning_configuration.status')) }
        : inlineVersioning
          ? { status: bool(inlineVersioning['enabled']) === true ? 'enabled' : UNKNOWN }
          : undefined,
      encryption: sse
        ? defined({
            sse_algorithm: lower(sseDefault?.['sse_algorithm']),
            kms_master_key_id: kmsKey(sseDefault?.['kms_master_key_id']),
            bucket_key_enabled: bool(block(sse['rule'])?.['bucket_key_enabled']),
          })
        : undefined,
      public_access_block: pab
        ? {
            block_public_acls: bool(pab['block_public_acls'] ?? false),
            block_public_policy: bool(pab['block_public_policy'] ?? false),
            ignore_public_acls: bool(pab['ignore_public_acls'] ?? false),
            restrict_public_buckets: bool(pab['restrict_public_buckets'] ?? false),
          }
        : undefined,
      policy: policy(pol?.['policy'] ?? v['policy']),
      ownership: own ? lower(block(own['rule'])?.['object_ownership']) : undefined,
      logging: log
        ? defined({ target_bucket: log['target_bucket'], target_prefix: log['target_prefix'] ?? '' })
        : undefined,
      lifecycle: life
        ? new NormSet(
            blocks(life['rule']).map((r) => ({
              id: r['id'],
              status: enumValue(r['status']),
              expiration_days: days(get(r, 'expiration.days')),
              noncurrent_days: days(get(r, 'noncurrent_version_expiration.noncurrent_days')),
              abort_days: days(get(r, 'abort_incomplete_multipart_upload.days_after_initiation')),
            })),
          )
        : undefined,
      acl: expectedAcl(input),
      acceleration: accel ? lower(accel['status']) : undefined,
      request_payer: payment ? lower(payment['payer']) : undefined,
      website: website
        ? defined({
            index_document: get(website, 'index_document.suffix'),
            error_document: get(website, 'error_document.key') ?? '',
          })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const s = item.supplementaryConfiguration;
    const full = hasFullSupplementary(item);
    const versioning = supp(item, 'BucketVersioningConfiguration');
    const sseRule = blocks(get(s, 'ServerSideEncryptionConfiguration.rules'))[0];
    const pab = supp(item, 'PublicAccessBlockConfiguration');
    const policyConf = supp(item, 'BucketPolicy');
    const ownership = supp(item, 'BucketOwnershipControls') ?? supp(item, 'OwnershipControls');
    const logging = supp(item, 'BucketLoggingConfiguration');
    const lifecycle = supp(item, 'BucketLifecycleConfiguration');
    const tags =
      Object.keys(item.tags).length > 0
        ? item.tags
        : (tagMap(get(s, 'BucketTaggingConfiguration.tagSets.tags')) ?? {});
    return {
      versioning: versioning
        ? { status: versioningStatus(versioning['status'] ?? 'Off') }
        : full
          ? { status: versioningStatus('Off') }
          : UNKNOWN,
      encryption: sseRule
        ? {
            sse_algorithm: lower(get(sseRule, 'applyServerSideEncryptionByDefault.sseAlgorithm')),
            kms_master_key_id: get(sseRule, 'applyServerSideEncryptionByDefault.kmsMasterKeyID'),
            bucket_key_enabled: sseRule['bucketKeyEnabled'],
          }
        : UNKNOWN,
      // A deleted public access block disappears from the item: that is "nothing blocked", not unknown.
      public_access_block: pab
        ? {
            block_public_acls: pab['blockPublicAcls'],
            block_public_policy: pab['blockPublicPolicy'],
            ignore_public_acls: pab['ignorePublicAcls'],
            restrict_public_buckets: pab['restrictPublicBuckets'],
          }
        : full
          ? {
              block_public_acls: false,
              block_public_policy: false,
              ignore_public_acls: false,
              restrict_public_buckets: false,
            }
          : UNKNOWN,
      policy: policyConf ? policy(policyConf['policyText'] ?? null) : UNKNOWN,
      ownership: ownership ? lower(blocks(ownership['rules'])[0]?.['objectOwnership']) : UNKNOWN,
      logging: logging
        ? { target_bucket: logging['destinationBucketName'], target_prefix: logging['logFilePrefix'] ?? '' }
        : UNKNOWN,
      lifecycle:
        !lifecycle && !full
          ? UNKNOWN
          : new NormSet(
              (isRecord(lifecycle) ? blocks(lifecycle['rules']) : []).map((r) => ({
                id: r['id'],
                status: enumValue(r['status']),
                expiration_days: days(r['expirationInDays']),
                noncurrent_days: days(
                  r['noncurrentVersionExpirationInDays'] ??
                    get(r, 'noncurrentVersionExpiration.noncurrentDays'),
                ),
                abort_days: days(get(r, 'abortIncompleteMultipartUpload.daysAfterInitiation')),
              })),
            ),
      acl: maybeSet(grantsOfConfigAcl(s['AccessControlList'])),
      acceleration: isRecord(s['BucketAccelerateConfiguration'])
        ? lower(get(s, 'BucketAccelerateConfiguration.status') ?? 'Suspended')
        : full
          ? lower('Suspended')
          : UNKNOWN,
      request_payer:
        s['IsRequesterPaysEnabled'] === undefined
          ? UNKNOWN
          : lower(bool(s['IsRequesterPaysEnabled']) === true ? 'Requester' : 'BucketOwner'),
      website: isRecord(s['BucketWebsiteConfiguration'])
        ? {
            index_document: get(s, 'BucketWebsiteConfiguration.indexDocumentSuffix'),
            error_document: get(s, 'BucketWebsiteConfiguration.errorDocument') ?? '',
          }
        : full
          ? null
          : UNKNOWN,
      tags: item.tagsRecorded === false ? UNKNOWN : actualTags(tags),
    };
  },
};
