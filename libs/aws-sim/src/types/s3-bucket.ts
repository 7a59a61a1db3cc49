// AWS::S3::Bucket, with the resources that configure a bucket (versioning, encryption, public access block,
// ownership, logging, lifecycle, policy), all recorded in the bucket's supplementary configuration.
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, CREATED_AT, RecorderContext, tagsOf } from '../config/config-item';
import type { SimulatedType, TerraformTypeModel } from './simulated-type';

function bucketItem(r: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const name = String(a.bucket);
  const sub = (type: string) => lookup(type, (x) => x.bucket === name)[0]?.attrs;
  const versioning = sub('aws_s3_bucket_versioning');
  const sse = sub('aws_s3_bucket_server_side_encryption_configuration');
  const pab = sub('aws_s3_bucket_public_access_block');
  const logging = sub('aws_s3_bucket_logging');
  const lifecycle = sub('aws_s3_bucket_lifecycle_configuration');
  const policy = sub('aws_s3_bucket_policy');
  const ownerId = 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15';
  const supplementary: Record<string, unknown> = {
    AccessControlList: JSON.stringify({
      grantSet: null,
      grantList: [{ grantee: { id: ownerId, displayName: null }, permission: 'FullControl' }],
      owner: { displayName: null, id: ownerId },
      isRequesterCharged: false,
    }),
    BucketAccelerateConfiguration: { status: null },
    BucketLoggingConfiguration: logging
      ? { destinationBucketName: logging.target_bucket, logFilePrefix: logging.target_prefix }
      : { destinationBucketName: null, logFilePrefix: null },
    BucketNotificationConfiguration: { configurations: {} },
    BucketPolicy: { policyText: policy ? String(policy.policy) : null },
    BucketVersioningConfiguration: {
      status: versioning ? (versioning.versioning_configuration as Attrs[])[0].status : 'Off',
      isMfaDeleteEnabled: null,
    },
    IsRequesterPaysEnabled: false,
    // S3 encrypts every new bucket with SSE-S3 when nothing else is configured.
    ServerSideEncryptionConfiguration: {
      rules: sse
        ? (sse.rule as Attrs[]).map((rule) => {
            const d = (rule.apply_server_side_encryption_by_default as Attrs[])[0];
            return {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: d.sse_algorithm,
                kmsMasterKeyID: d.kms_master_key_id ?? null,
              },
              bucketKeyEnabled: rule.bucket_key_enabled ?? false,
            };
          })
        : [
            {
              applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null },
              bucketKeyEnabled: false,
            },
          ],
    },
  };
  if (pab) {
    supplementary.PublicAccessBlockConfiguration = {
      blockPublicAcls: pab.block_public_acls,
      ignorePublicAcls: pab.ignore_public_acls,
      blockPublicPolicy: pab.block_public_policy,
      restrictPublicBuckets: pab.restrict_public_buckets,
    };
  }
  if (lifecycle) {
    supplementary.BucketLifecycleConfiguration = {
      rules: (lifecycle.rule as Attrs[]).map((rule) => {
        // S3 reports unset day counts as -1 and an empty filter as an empty prefix.
        const first = (key: string): Attrs | undefined => (rule[key] as Attrs[] | undefined)?.[0];
        const abort = first('abort_incomplete_multipart_upload');
        return {
          id: rule.id,
          status: rule.status,
          filter: {
            predicate: { type: 'LifecyclePrefixPredicate', prefix: first('filter')?.prefix ?? '' },
          },
          expirationInDays: first('expiration')?.days ?? -1,
          expiredObjectDeleteMarker: first('expiration')?.expired_object_delete_marker ?? false,
          noncurrentVersionExpirationInDays: first('noncurrent_version_expiration')?.noncurrent_days ?? -1,
          abortIncompleteMultipartUpload: abort ? { daysAfterInitiation: abort.days_after_initiation } : null,
          transitions: null,
          noncurrentVersionTransitions: null,
        };
      }),
    };
  }
  return configItem(ctx, {
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    arn: String(a.arn),
    availabilityZone: 'Regional',
    tags: tagsOf(a),
    configuration: { name, owner: { displayName: null, id: ownerId }, creationDate: CREATED_AT },
    supplementaryConfiguration: supplementary,
  });
}

/** A resource that configures a bucket: its id is the bucket's name. */
function bucketSetting(refresh?: TerraformTypeModel['refresh']): TerraformTypeModel {
  return { computed: (v) => ({ id: v.bucket, expected_bucket_owner: '' }), ...(refresh ? { refresh } : {}) };
}

function bucketOf(setting: Attrs, lookup: AppliedLookup): AppliedResource | undefined {
  return lookup('aws_s3_bucket', (b) => b.id === setting.bucket)[0];
}

export const s3Bucket: SimulatedType = {
  awsType: 'AWS::S3::Bucket',
  terraformTypes: {
    aws_s3_bucket: {
      taggable: true,
      generatedName: { attribute: 'bucket' },
      computed: (v, ctx) => ({
        id: v.bucket,
        arn: `arn:aws:s3:::${v.bucket}`,
        bucket_domain_name: `${v.bucket}.s3.amazonaws.com`,
        bucket_regional_domain_name: `${v.bucket}.s3.${ctx.region}.amazonaws.com`,
        hosted_zone_id: 'Z1BKCTXD74EZPE',
        region: ctx.region,
        force_destroy: false,
        object_lock_enabled: false,
      }),
      record: bucketItem,
    },
    aws_s3_bucket_versioning: bucketSetting(({ attrs: a }, lookup) => {
      const bucket = bucketOf(a, lookup);
      if (bucket) bucket.attrs.versioning = [{ enabled: true, mfa_delete: false }];
    }),
    aws_s3_bucket_server_side_encryption_configuration: bucketSetting(),
    aws_s3_bucket_public_access_block: bucketSetting(),
    aws_s3_bucket_ownership_controls: bucketSetting(),
    aws_s3_bucket_logging: bucketSetting(),
    aws_s3_bucket_lifecycle_configuration: bucketSetting(),
    aws_s3_bucket_policy: bucketSetting(({ attrs: a }, lookup) => {
      const bucket = bucketOf(a, lookup);
      if (bucket) bucket.attrs.policy = a.policy;
    }),
  },
};
