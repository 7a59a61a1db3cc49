import { Construct } from 'constructs';
import { Lazy, Token } from 'cdktf';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsElbServiceAccount } from '@cdktf/provider-aws/lib/data-aws-elb-service-account';
import type { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import {
  S3BucketLifecycleConfiguration,
  S3BucketLifecycleConfigurationRule,
} from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { bucketPrefixFromPath, validateBucketName, validateBucketNamePrefix } from './bucket-name';
import { BucketPolicyBuilder, PolicyDocument } from './bucket-policy';
import { requireWholeNumber } from '@groundwork/core';

/**
 * Who owns objects written to the bucket. `BucketOwnerEnforced` disables ACLs altogether.
 * `BucketOwnerPreferred` keeps ACLs working and exists only for destinations that still need them, such as
 * CloudFront standard logs.
 */
export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred';

/** Minimum TLS version a bucket policy accepts (the s3:TlsVersion condition key). */
export type MinimumTlsVersion = '1.2' | '1.3';

/** Anything with a CloudFront distribution ARN: a StaticSiteDistribution or a wrapped provider resource. */
export interface CloudFrontDistributionRef {
  readonly distributionArn: string;
}

export interface SecureBucketProps {
  /**
   * Exact, globally unique bucket name, validated against the S3 naming rules. Use it only for names that
   * must be known in advance; prefer `bucketNamePrefix`. Tokens cannot be validated at synth time.
   * @default a generated name: `bucketNamePrefix` plus a unique suffix
   */
  readonly bucketName?: string;
  /**
   * Name prefix (at most 37 characters); Terraform appends a unique 26-character suffix when it creates the
   * bucket, which makes the name globally unique. Cannot be combined with `bucketName`.
   * @default the construct path below the stack, lowercased, e.g. `assets-`
   */
  readonly bucketNamePrefix?: string;
  /**
   * The KMS key for SSE-KMS with an S3 bucket key: a `KmsKey` construct, or the ARN of a key made elsewhere. A
   * bucket that receives server access logs cannot use it.
   * @default SSE-S3 (AES256, S3-managed keys)
   */
  readonly kmsKey?: KmsKey | string;
  /**
   * Keep every version of every object. Turning it off also drops the noncurrent-version lifecycle rule.
   * @default true
   */
  readonly versioned?: boolean;
  /** Days after which a noncurrent object version is deleted. @default 90 */
  readonly noncurrentVersionExpirationDays?: number;
  /** Days after which an unfinished multipart upload is aborted and its parts deleted. @default 7 */
  readonly abortIncompleteMultipartUploadDays?: number;
  /**
   * Days after which current objects expire (a delete marker replaces them when versioned). Meant for log buckets.
   * @default objects never expire
   */
  readonly expireObjectsAfterDays?: number;
  /**
   * Deny requests that use a TLS version below this, on top of the default deny of plain HTTP.
   * @default no minimum beyond what S3 itself accepts
   */
  readonly minimumTlsVersion?: MinimumTlsVersion;
  /**
   * Bucket that receives this bucket's server access logs; it must use SSE-S3. Required unless
   * `disableAccessLogs` is set. The log bucket's policy is extended to let the S3 logging service write.
   * @default none: then `disableAccessLogs: true` must be given
   */
  readonly accessLogsBucket?: SecureBucket;
  /** Key prefix of this bucket's logs in the log bucket. @default the construct path below the stack, e.g. `site/assets/` */
  readonly accessLogsPrefix?: string;
  /**
   * Turn server access logging off. Meant for the log bucket itself (which must not log into itself) and
   * buckets whose access is logged elsewhere (CloudTrail data events).
   * @default false
   */
  readonly disableAccessLogs?: boolean;
  /** @default 'BucketOwnerEnforced' (ACLs disabled) */
  readonly objectOwnership?: ObjectOwnership;
  /**
   * Let `terraform destroy` delete a bucket that still holds objects. Dangerous outside throwaway environments.
   * @default false
   */
  readonly forceDestroy?: boolean;
  /** Tags on the bucket, merged with the provider's default tags. @default none */
  readonly tags?: Record<string, string>;
}

/**
 * An S3 bucket that nobody outside can read: public access blocked, ACLs disabled, encrypted, versioned,
 * TLS enforced, lifecycle clean-up and server access logs, all as separate `aws_s3_bucket_*` resources.
 * Access is granted through one bucket policy built with `grantRead`, `grantReadWrite`, `denyAllExcept` and
 * `allowCloudFront`.
 */
export class SecureBucket extends Construct {
  readonly bucket: S3Bucket;
  /** The bucket name (a token when generated from a prefix). */
  readonly bucketName: string;
  readonly bucketArn: string;
  readonly bucketDomainName: string;
  /** The regional endpoint name that CloudFront origins should use. */
  readonly bucketRegionalDomainName: string;
  readonly encryption: 'SSE-S3' | 'SSE-KMS';
  readonly kmsKeyArn?: string;
  readonly objectOwnership: ObjectOwnership;
  readonly versioned: boolean;
  readonly policy: S3BucketPolicy;
  readonly publicAccessBlock: S3BucketPublicAccessBlock;

  private readonly policyBuilder: BucketPolicyBuilder;
  private callerIdentity?: DataAwsCallerIdentity;

  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    const where = `SecureBucket ${this.node.path}`;
    if (props.bucketName !== undefined && props.bucketNamePrefix !== undefined) {
      throw new Error(`${where}: give bucketName or bucketNamePrefix, not both`);
    }
    if (props.bucketName !== undefined) {
      const name = props.bucketName;
      this.naming('bucketName', () => validateBucketName(name));
    }
    const prefix =
      props.bucketName === undefined
        ? (props.bucketNamePrefix ?? bucketPrefixFromPath(this.node.scopes.slice(2).map((c) => c.node.id)))
        : undefined;
    if (prefix !== undefined) this.naming('bucketNamePrefix', () => validateBucketNamePrefix(prefix));
    if (props.accessLogsBucket === undefined && props.disableAccessLogs !== true) {
      throw new Error(
        `${where}: server access logging is on by default and needs accessLogsBucket (a SecureBucket for logs); ` +
          'for the log bucket itself, or a bucket logged by CloudTrail data events, set disableAccessLogs: true',
      );
    }
    if (props.accessLogsBucket !== undefined && props.disableAccessLogs === true) {
      throw new Error(
        `${where}: accessLogsBucket and disableAccessLogs: true contradict each other; drop one`,
      );
    }
    if (props.accessLogsBucket?.encryption === 'SSE-KMS') {
      throw new Error(
        `${where}: the access log bucket ${props.accessLogsBucket.node.path} uses SSE-KMS, which S3 server access ` +
          'log delivery does not support; create the log bucket without kmsKey (SSE-S3)',
      );
    }
    // The types already say this; the checks catch values read from configuration or cast.
    if (props.minimumTlsVersion !== undefined && !['1.2', '1.3'].includes(props.minimumTlsVersion)) {
      throw new Error(
        `${where}: minimumTlsVersion must be '1.2' or '1.3', got '${String(props.minimumTlsVersion)}'`,
      );
    }
    if (
      props.objectOwnership !== undefined &&
      !['BucketOwnerEnforced', 'BucketOwnerPreferred'].includes(props.objectOwnership)
    ) {
      throw new Error(
        `${where}: objectOwnership must be 'BucketOwnerEnforced' (ACLs off) or 'BucketOwnerPreferred' (only for ` +
          `CloudFront standard log buckets), got '${String(props.objectOwnership)}'`,
      );
    }
    const versioned = props.versioned ?? true;
    if (!versioned && props.noncurrentVersionExpirationDays !== undefined) {
      throw new Error(`${where}: noncurrentVersionExpirationDays needs versioned: true`);
    }
    const noncurrentDays = props.noncurrentVersionExpirationDays ?? 90;
    const abortDays = props.abortIncompleteMultipartUploadDays ?? 7;
    for (const [field, days] of [
      ['noncurrentVersionExpirationDays', noncurrentDays],
      ['abortIncompleteMultipartUploadDays', abortDays],
      ['expireObjectsAfterDays', props.expireObjectsAfterDays],
    ] as const) {
      if (days !== undefined && !Token.isUnresolved(days)) requireWholeNumber(where, field, days, { min: 1 });
    }

    this.versioned = versioned;
    this.objectOwnership = props.objectOwnership ?? 'BucketOwnerEnforced';
    this.kmsKeyArn = typeof props.kmsKey === 'string' ? props.kmsKey : props.kmsKey?.arn;
    this.encryption = this.kmsKeyArn === undefined ? 'SSE-S3' : 'SSE-KMS';

    this.bucket = new S3Bucket(this, 'bucket', {
      bucket: props.bucketName,
      bucketPrefix: prefix,
      forceDestroy: props.forceDestroy ?? false,
      tags: props.tags,
    });
    this.bucketName = this.bucket.bucket;
    this.bucketArn = this.bucket.arn;
    this.bucketDomainName = this.bucket.bucketDomainName;
    this.bucketRegionalDomainName = this.bucket.bucketRegionalDomainName;

    this.publicAccessBlock = new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'ownership', {
      bucket: this.bucket.id,
      rule: { objectOwnership: this.objectOwnership },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket: this.bucket.id,
      rule: [
        this.kmsKeyArn === undefined
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }
          : {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: 'aws:kms',
                kmsMasterKeyId: this.kmsKeyArn,
              },
              bucketKeyEnabled: true,
            },
      ],
    });
    const versioning = versioned
      ? new S3BucketVersioningA(this, 'versioning', {
          bucket: this.bucket.id,
          versioningConfiguration: { status: 'Enabled' },
        })
      : undefined;

    const rules: S3BucketLifecycleConfigurationRule[] = [
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{}],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: abortDays }],
      },
    ];
    if (versioned) {
      rules.push({
        id: 'expire-noncurrent-versions',
        status: 'Enabled',
        filter: [{}],
        noncurrentVersionExpiration: [{ noncurrentDays }],
      });
    }
    if (props.expireObjectsAfterDays !== undefined) {
      rules.push({
        id: 'expire-current-objects',
        status: 'Enabled',
        filter: [{}],
        expiration: [{ days: props.expireObjectsAfterDays }],
      });
    }
    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket: this.bucket.id,
      rule: rules,
      // S3 rejects noncurrent-version rules until versioning is in place.
      dependsOn: versioning ? [versioning] : undefined,
    });

    if (props.accessLogsBucket) {
      const logBucket = props.accessLogsBucket;
      new S3BucketLoggingA(this, 'access-logs', {
        bucket: this.bucket.id,
        targetBucket: logBucket.bucketName,
        targetPrefix:
          props.accessLogsPrefix ??
          `${this.node.scopes
            .slice(2)
            .map((c) => c.node.id)
            .join('/')}/`,
        targetObjectKeyFormat: { partitionedPrefix: { partitionDateSource: 'EventTime' } },
      });
      logBucket.acceptAccessLogsFrom(this);
    }

    this.policyBuilder = new BucketPolicyBuilder(this.bucketArn);
    this.policyBuilder.requireSecureTransport(props.minimumTlsVersion);
    this.policy = new S3BucketPolicy(this, 'policy', {
      bucket: this.bucket.id,
      policy: Lazy.stringValue({ produce: () => JSON.stringify(this.policyBuilder.render()) }),
      // Putting a policy while the public access block is still being created fails with OperationAborted.
      dependsOn: [this.publicAccessBlock],
    });

    this.node.addValidation({ validate: () => this.grantsShadowedByDeny() });
  }

  /** Allows the principal to list the bucket and read objects and their versions. */
  grantRead(principalArn: string): void {
    this.naming('grantRead', () => this.policyBuilder.grantRead(principalArn));
  }

  /** Allows the principal to list, read, write and delete objects and abort multipart uploads. */
  grantReadWrite(principalArn: string): void {
    this.naming('grantReadWrite', () => this.policyBuilder.grantReadWrite(principalArn));
  }

  /**
   * Denies every `s3:*` request from any principal not in the list, whatever its IAM policies allow. An explicit
   * deny beats every allow, so holders of `s3:*` are shut out too. ARNs are matched with ArnNotLike (`*` works);
   * an assumed-role session matches its role ARN, and `arn:aws:iam::<account>:root` matches only the root user,
   * not the whole account. The list must include the role that deploys the bucket, or
   * Terraform itself is locked out after the first apply (only the account root can then delete the policy).
   * Services let in with `allowCloudFront` or as log delivery stay admitted through their source ARN.
   */
  denyAllExcept(principalArns: readonly string[]): void {
    this.naming('denyAllExcept', () => this.policyBuilder.denyAllExcept(principalArns));
  }

  /** Lets the distribution read objects through origin access control, conditioned on the distribution ARN. */
  allowCloudFront(distribution: CloudFrontDistributionRef): void {
    if (this.encryption === 'SSE-KMS') {
      // The key policy belongs to whoever owns the key; say so rather than fail at request time.
      this.node.addMetadata(
        'groundwork:kms-key-policy',
        'CloudFront reads this SSE-KMS bucket only if the key policy allows cloudfront.amazonaws.com kms:Decrypt for the distribution',
      );
    }
    this.policyBuilder.allowCloudFront(distribution.distributionArn);
  }

  /**
   * Lets application and network load balancers of this account and region write their access logs here (give
   * the bucket name to the load balancer's access log settings). Objects land under
   * `<prefix>AWSLogs/<account>/`; `prefix` is the load balancer's key prefix with its trailing slash, or any
   * prefix by default. Regions opened since August 2022 have no ELB account: there the service principal applies,
   * but `data.aws_elb_service_account` fails, so use this only in the older regions (all the commercial ones
   * before ap-southeast-4).
   */
  allowLoadBalancerAccessLogs(prefix?: string): void {
    if (this.encryption === 'SSE-KMS') {
      throw new Error(
        `SecureBucket ${this.node.path}: allowLoadBalancerAccessLogs needs SSE-S3; load balancer log delivery does not support SSE-KMS`,
      );
    }
    if (prefix !== undefined && !Token.isUnresolved(prefix) && !/^([\w!\-.*'()]+\/)+$/.test(prefix)) {
      throw new Error(
        `SecureBucket ${this.node.path}: allowLoadBalancerAccessLogs prefix must be path segments ending in "/", such as "alb/", got "${prefix}"`,
      );
    }
    this.callerIdentity ??= new DataAwsCallerIdentity(this, 'account');
    const elbAccount = new DataAwsElbServiceAccount(this, 'elb-account');
    this.policyBuilder.allowLoadBalancerLogDelivery(elbAccount.arn, this.callerIdentity.accountId, prefix);
  }

  /**
   * Lets the S3 logging service write server access logs from the source bucket. Called by the source bucket
   * when it names this one as `accessLogsBucket`.
   */
  acceptAccessLogsFrom(source: SecureBucket): void {
    if (this.encryption === 'SSE-KMS') {
      throw new Error(`SecureBucket ${this.node.path}: uses SSE-KMS and cannot receive server access logs`);
    }
    this.callerIdentity ??= new DataAwsCallerIdentity(this, 'account');
    this.policyBuilder.allowAccessLogDelivery(source.bucketArn, this.callerIdentity.accountId);
  }

  /** The policy document as it will be rendered (with Terraform references for ARNs). */
  renderPolicy(): PolicyDocument {
    return this.policyBuilder.render();
  }

  // Runs a check of the pure helpers and names this bucket in its error, so a large app points at the source.
  private naming(field: string, check: () => void): void {
    try {
      check();
    } catch (e) {
      const message = (e as Error).message;
      const withField = message.startsWith(`${field}:`) ? message : `${field}: ${message}`;
      throw new Error(`SecureBucket ${this.node.path}: ${withField}`);
    }
  }

  private grantsShadowedByDeny(): string[] {
    const allowed = this.policyBuilder.exclusiveAccess;
    if (!allowed) return [];
    const patterns = allowed.filter((a) => !Token.isUnresolved(a)).map(arnPattern);
    if (patterns.length < allowed.length) return []; // a token might match anything
    return this.policyBuilder.grantedPrincipals
      .filter((p) => !Token.isUnresolved(p) && !patterns.some((re) => re.test(p)))
      .map(
        (p) =>
          `SecureBucket ${this.node.path}: ${p} is granted access but not listed in denyAllExcept, so the deny ` +
          'overrides the grant; add it to denyAllExcept or drop the grant',
      );
  }
}

/** ArnLike matching: `*` is any run of characters, `?` any one character. */
function arnPattern(arn: string): RegExp {
  const escaped = arn
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}
