import { Token } from 'cdktf';

/** One IAM policy statement as S3 bucket policies use it. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal: '*' | { readonly AWS: string[] } | { readonly Service: string | string[] };
  readonly Action: string[];
  readonly Resource: string[];
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: PolicyStatement[];
}

/** Object reads: get objects and their versions, list the bucket. */
export const READ_ACTIONS: readonly string[] = [
  's3:GetObject',
  's3:GetObjectVersion',
  's3:ListBucket',
  's3:GetBucketLocation',
];
/** Reads plus object writes, deletes and multipart-upload clean-up. */
export const READ_WRITE_ACTIONS: readonly string[] = [
  ...READ_ACTIONS,
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:AbortMultipartUpload',
  's3:ListBucketMultipartUploads',
];

// IAM principals a bucket policy can name or match: account root, users, roles (with paths), assumed-role
// sessions. Wildcards are allowed because denyAllExcept matches with ArnNotLike.
const PRINCIPAL_ARN =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::(\d{12}|\*):(root|(user|role)\/[\w+=,.@/*-]+)|sts::(\d{12}|\*):assumed-role\/[\w+=,.@/*-]+)$/;

/** Throws unless the value is an IAM principal ARN (tokens pass: they cannot be checked at synth time). */
export function validatePrincipalArn(method: string, arn: string): void {
  if (Token.isUnresolved(arn)) return;
  if (!PRINCIPAL_ARN.test(arn)) {
    throw new Error(
      `${method}: "${arn}" is not an IAM principal ARN; give an account root, user, role or assumed-role ARN ` +
        'such as arn:aws:iam::123456789012:role/app',
    );
  }
}

interface Grant {
  readonly principalArn: string;
  readonly actions: readonly string[];
  readonly kind: 'Read' | 'ReadWrite';
}

/** A service that gets in on a bucket through a policy statement conditioned on the calling resource's ARN. */
interface ServiceAccess {
  readonly sid: string;
  readonly service: string;
  readonly actions: string[];
  readonly objectsOnly: boolean;
  readonly sourceArns: string[];
  readonly sourceAccount?: string;
}

/**
 * Collects the statements of one bucket policy and renders them as one document. Statements are rendered in a
 * fixed order (transport denies, denyAllExcept, service access, grants) so the JSON is stable between synths.
 */
export class BucketPolicyBuilder {
  private readonly grants: Grant[] = [];
  private readonly services = new Map<string, ServiceAccess>();
  private exclusivePrincipals?: string[];
  private minimumTls?: string;
  private loadBalancerLogs?: { elbAccountArn: string; objects: string };

  constructor(private readonly bucketArn: string) {}

  /** Denies every request over plain HTTP and, when given, every request below a TLS version ("1.2"). */
  requireSecureTransport(minimumTlsVersion?: string): void {
    this.minimumTls = minimumTlsVersion;
  }

  grantRead(principalArn: string): void {
    validatePrincipalArn('grantRead', principalArn);
    this.grants.push({ principalArn, actions: READ_ACTIONS, kind: 'Read' });
  }

  grantReadWrite(principalArn: string): void {
    validatePrincipalArn('grantReadWrite', principalArn);
    this.grants.push({ principalArn, actions: READ_WRITE_ACTIONS, kind: 'ReadWrite' });
  }

  /** Denies every IAM principal but these (ArnNotLike, so `*` wildcards work); calling again adds to the list. */
  denyAllExcept(principalArns: readonly string[]): void {
    if (principalArns.length === 0) {
      throw new Error(
        'denyAllExcept: the list of principal ARNs is empty, which would lock everyone out of the bucket; ' +
          'list at least the role that deploys it and the roles that use it',
      );
    }
    principalArns.forEach((a) => validatePrincipalArn('denyAllExcept', a));
    this.exclusivePrincipals = [...new Set([...(this.exclusivePrincipals ?? []), ...principalArns])];
  }

  /** Lets CloudFront read objects through origin access control, only on behalf of this distribution. */
  allowCloudFront(distributionArn: string): void {
    this.addService({
      sid: 'AllowCloudFrontOriginAccessControl',
      service: 'cloudfront.amazonaws.com',
      actions: ['s3:GetObject'],
      objectsOnly: true,
      sourceArns: [distributionArn],
    });
  }

  /** Lets the S3 logging service write server access logs coming from the source bucket. */
  allowAccessLogDelivery(sourceBucketArn: string, sourceAccount: string): void {
    this.addService({
      sid: 'AllowServerAccessLogDelivery',
      service: 'logging.s3.amazonaws.com',
      actions: ['s3:PutObject'],
      objectsOnly: true,
      sourceArns: [sourceBucketArn],
      sourceAccount,
    });
  }

  /**
   * Lets Elastic Load Balancing write access logs under `<prefix>AWSLogs/<account>/`: the regional ELB account
   * (regions opened before August 2022) and the log delivery service (newer regions).
   */
  allowLoadBalancerLogDelivery(elbAccountArn: string, accountId: string, prefix = '*'): void {
    this.loadBalancerLogs = { elbAccountArn, objects: `${this.bucketArn}/${prefix}AWSLogs/${accountId}/*` };
  }

  /** Principal ARNs that denyAllExcept admits, or undefined when it was not called. */
  get exclusiveAccess(): readonly string[] | undefined {
    return this.exclusivePrincipals;
  }

  /** Principal ARNs granted access through grantRead / grantReadWrite. */
  get grantedPrincipals(): readonly string[] {
    return this.grants.map((g) => g.principalArn);
  }

  render(): PolicyDocument {
    const bucketAndObjects = [this.bucketArn, `${this.bucketArn}/*`];
    const statements: PolicyStatement[] = [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*'],
        Resource: bucketAndObjects,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ];
    if (this.minimumTls !== undefined) {
      statements.push({
        Sid: 'DenyOutdatedTls',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*'],
        Resource: bucketAndObjects,
        Condition: { NumericLessThan: { 's3:TlsVersion': this.minimumTls } },
      });
    }
    const services = [...this.services.values()];
    if (this.exclusivePrincipals) {
      // Callers that are not AWS services must be listed (an unsigned request has no
      // aws:PrincipalIsAWSService, hence BoolIfExists: it is denied too).
      statements.push({
        Sid: 'DenyAllExceptListedPrincipals',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*'],
        Resource: bucketAndObjects,
        Condition: {
          ArnNotLike: { 'aws:PrincipalArn': this.exclusivePrincipals },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      });
      // AWS services carry no aws:PrincipalArn: they get in only on behalf of the resources this policy
      // names (aws:SourceArn, which only services set), and not at all when it names none.
      const serviceSources = services.flatMap((s) => s.sourceArns);
      statements.push({
        Sid: 'DenyServicesExceptListedSources',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:*'],
        Resource: bucketAndObjects,
        Condition: {
          Bool: { 'aws:PrincipalIsAWSService': 'true' },
          ...(serviceSources.length ? { ArnNotEquals: { 'aws:SourceArn': serviceSources } } : {}),
        },
      });
    }
    for (const s of services) {
      const condition: Record<string, Record<string, string | string[]>> = {
        ArnEquals: { 'aws:SourceArn': s.sourceArns },
      };
      if (s.sourceAccount !== undefined) condition.StringEquals = { 'aws:SourceAccount': s.sourceAccount };
      statements.push({
        Sid: s.sid,
        Effect: 'Allow',
        Principal: { Service: s.service },
        Action: s.actions,
        Resource: s.objectsOnly ? [`${this.bucketArn}/*`] : bucketAndObjects,
        Condition: condition,
      });
    }
    if (this.loadBalancerLogs) {
      const { elbAccountArn, objects } = this.loadBalancerLogs;
      statements.push(
        {
          Sid: 'AllowLoadBalancerLogDeliveryAccount',
          Effect: 'Allow',
          Principal: { AWS: [elbAccountArn] },
          Action: ['s3:PutObject'],
          Resource: [objects],
        },
        {
          Sid: 'AllowLoadBalancerLogDeliveryService',
          Effect: 'Allow',
          Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
          Action: ['s3:PutObject'],
          Resource: [objects],
        },
      );
    }
    this.grants.forEach((g, i) => {
      statements.push({
        Sid: `Grant${g.kind}${i + 1}`,
        Effect: 'Allow',
        Principal: { AWS: [g.principalArn] },
        Action: [...g.actions],
        Resource: bucketAndObjects,
      });
    });
    return { Version: '2012-10-17', Statement: statements };
  }

  private addService(access: ServiceAccess): void {
    const existing = this.services.get(access.sid);
    if (existing) {
      existing.sourceArns.push(...access.sourceArns.filter((a) => !existing.sourceArns.includes(a)));
    } else {
      this.services.set(access.sid, { ...access, sourceArns: [...access.sourceArns] });
    }
  }
}
