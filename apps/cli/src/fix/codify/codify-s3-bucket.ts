// AWS::S3::Bucket → aws_s3_bucket and the resources that configure it (versioning, encryption, public access block,
// ownership, logging, policy), each imported by the bucket's name, as the provider documents for each of them.
import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '@groundwork/drift';
import {
  CodifiedModule,
  CodifiedResource,
  JsonDocument,
  ModelValue,
  Reference,
  TagMap,
} from './codified-resource';
import { codifiedModule, Codifier, CodifyContext, userTags } from './codify-context';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return isRecord(value) ? value : undefined;
}

function parsedPolicy(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Grants beyond the bucket owner's own, which the code would drop. */
function extraGrants(acl: unknown): number {
  const parsed = record(typeof acl === 'string' ? parsedPolicy(acl) : acl);
  const owner = record(parsed?.['owner'])?.['id'];
  return (Array.isArray(parsed?.['grantList']) ? parsed['grantList'] : []).filter(
    (g) => !(isRecord(g) && record(g['grantee'])?.['id'] === owner),
  ).length;
}

export const s3BucketCodifier: Codifier = {
  resourceType: 'AWS::S3::Bucket',
  codify(item: ConfigItem, context: CodifyContext): CodifiedModule {
    const name = item.resourceName ?? item.resourceId;
    const s = item.supplementaryConfiguration;
    const bucketRef = new Reference('bucket', 'id');
    const setting = (
      variable: string,
      id: string,
      terraformType: string,
      className: string,
      values: Record<string, ModelValue>,
    ): CodifiedResource => ({
      variable,
      id,
      terraformType,
      className,
      module: terraformType.replace(/^aws_/, '').replace(/_/g, '-'),
      values: { bucket: bucketRef, ...values },
      importId: name,
    });
    const tags = userTags(item.tags);
    const resources: CodifiedResource[] = [
      {
        variable: 'bucket',
        id: 'bucket',
        terraformType: 'aws_s3_bucket',
        className: 'S3Bucket',
        module: 's3-bucket',
        values: { bucket: name, ...(Object.keys(tags).length > 0 && { tags: new TagMap(tags) }) },
        importId: name,
      },
    ];
    const notCodified: string[] = [];

    const versioning = record(s['BucketVersioningConfiguration'])?.['status'];
    if (versioning === 'Enabled' || versioning === 'Suspended')
      resources.push(
        setting('versioning', 'versioning', 'aws_s3_bucket_versioning', 'S3BucketVersioningA', {
          versioning_configuration: { status: versioning },
        }),
      );

    const sseRules = (record(s['ServerSideEncryptionConfiguration'])?.['rules'] ?? []) as unknown[];
    const encryption = sseRules.filter(isRecord).map((rule) => {
      const d = record(rule['applyServerSideEncryptionByDefault']) ?? {};
      const key = d['kmsMasterKeyID'];
      return {
        apply_server_side_encryption_by_default: {
          sse_algorithm: String(d['sseAlgorithm'] ?? 'AES256'),
          ...(typeof key === 'string' && key !== '' && { kms_master_key_id: key }),
        },
        bucket_key_enabled: rule['bucketKeyEnabled'] === true,
      };
    });
    if (encryption.length > 0)
      resources.push(
        setting(
          'encryption',
          'encryption',
          'aws_s3_bucket_server_side_encryption_configuration',
          'S3BucketServerSideEncryptionConfigurationA',
          { rule: encryption },
        ),
      );

    const pab = record(s['PublicAccessBlockConfiguration']);
    if (pab)
      resources.push(
        setting(
          'publicAccessBlock',
          'public-access-block',
          'aws_s3_bucket_public_access_block',
          'S3BucketPublicAccessBlock',
          {
            block_public_acls: pab['blockPublicAcls'] === true,
            block_public_policy: pab['blockPublicPolicy'] === true,
            ignore_public_acls: pab['ignorePublicAcls'] === true,
            restrict_public_buckets: pab['restrictPublicBuckets'] === true,
          },
        ),
      );

    const ownership = record(s['BucketOwnershipControls'] ?? s['OwnershipControls']);
    const objectOwnership = (Array.isArray(ownership?.['rules']) ? ownership['rules'] : [])
      .filter(isRecord)
      .map((r) => r['objectOwnership'])[0];
    if (typeof objectOwnership === 'string')
      resources.push(
        setting('ownership', 'ownership', 'aws_s3_bucket_ownership_controls', 'S3BucketOwnershipControls', {
          rule: { object_ownership: objectOwnership },
        }),
      );

    const logging = record(s['BucketLoggingConfiguration']);
    const target = logging?.['destinationBucketName'];
    if (typeof target === 'string' && target !== '')
      resources.push(
        setting('logging', 'logging', 'aws_s3_bucket_logging', 'S3BucketLoggingA', {
          target_bucket: context.managed('AWS::S3::Bucket', target, 'id') ?? target,
          target_prefix: String(logging?.['logFilePrefix'] ?? ''),
        }),
      );

    const policy = parsedPolicy(record(s['BucketPolicy'])?.['policyText']);
    if (policy !== undefined)
      resources.push(
        setting('policy', 'policy', 'aws_s3_bucket_policy', 'S3BucketPolicy', {
          policy: new JsonDocument(policy),
        }),
      );

    const lifecycle = record(s['BucketLifecycleConfiguration'])?.['rules'];
    if (Array.isArray(lifecycle) && lifecycle.length > 0)
      notCodified.push(
        `${lifecycle.length} lifecycle rule(s): add an aws_s3_bucket_lifecycle_configuration by hand`,
      );
    const grants = extraGrants(s['AccessControlList']);
    if (grants > 0)
      notCodified.push(
        `${grants} ACL grant(s) beyond the owner: add an aws_s3_bucket_acl by hand, or remove them`,
      );

    return codifiedModule(item, context, name, resources, notCodified);
  },
};
