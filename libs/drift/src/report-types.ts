/**
 * Every status of one resource, after CloudFormation drift detection plus UNMANAGED (live but in no stack), in the
 * order of the report's summary counts. The JSON schema, the renderers and the CLI take the set from here.
 */
export const DRIFT_STATUSES = ['IN_SYNC', 'MODIFIED', 'DELETED', 'UNMANAGED', 'NOT_CHECKED'] as const;

export type DriftStatus = (typeof DRIFT_STATUSES)[number];

/** The key of each status's count in the report's `summary`. */
export const STATUS_COUNT_KEY = {
  IN_SYNC: 'inSync',
  MODIFIED: 'modified',
  DELETED: 'deleted',
  UNMANAGED: 'unmanaged',
  NOT_CHECKED: 'notChecked',
} as const satisfies Record<DriftStatus, keyof DriftReport['summary']>;

/** One attribute that differs between the IaC and the live resource. */
export interface Difference {
  /** Dotted path in the normalized document, for example `ingress[0].cidr_blocks` or `versioning.status`. */
  path: string;
  /** What the IaC sets (undefined when the attribute exists only live). */
  expected: unknown;
  /** What AWS Config recorded (undefined when the attribute is missing live). */
  actual: unknown;
  /** ADD: present live only; REMOVE: expected but missing live; NOT_EQUAL: both present, different. */
  type: 'ADD' | 'REMOVE' | 'NOT_EQUAL';
}

/** The live source a resource was compared against. */
export type LiveSourceKind = 'config' | 'cloudcontrol' | 'direct';

/** One recorded change to a resource (a CloudTrail event), as far as it is known. */
export interface ChangeEvent {
  /** The API call, for example `AuthorizeSecurityGroupIngress`. */
  eventName: string;
  /** ISO 8601 UTC. */
  eventTime: string;
  principalArn: string;
  userName?: string;
  /** How the call was made: the console, an API client, an AWS service, or not known. */
  via: 'console' | 'api' | 'service' | 'unknown';
  sourceIp?: string;
  /** The service endpoint, for example `ec2.amazonaws.com`. */
  eventSource?: string;
}

/** The result for one live resource or one managed resource. */
export interface ResourceResult {
  status: DriftStatus;
  /** Stack that manages the resource, null when UNMANAGED. */
  stack: string | null;
  /** Primary Terraform address, for example `aws_s3_bucket.assets_bucket_1A2B`. */
  address: string | null;
  /** Every Terraform address folded into the live item. */
  addresses: string[];
  /** Construct path from the resource's `//` metadata. */
  constructPath: string | null;
  /** AWS Config resource type, for example `AWS::S3::Bucket`. */
  resourceType: string | null;
  /** AWS Config resourceId of the live item. */
  resourceId: string | null;
  differences: Difference[];
  /** Why the resource was not checked (NOT_CHECKED), or other context; null otherwise. */
  reason: string | null;
  /** The live source it was compared against, where the engine says. */
  source?: LiveSourceKind;
  /** The AWS account and region of the resource, where known. */
  account?: string;
  region?: string;
  /** Who changed it, newest last, where known. */
  changedBy?: ChangeEvent[];
}

/** The drift report, schemaVersion 1. */
export interface DriftReport {
  schemaVersion: 1;
  summary: {
    total: number;
    inSync: number;
    modified: number;
    deleted: number;
    unmanaged: number;
    notChecked: number;
    /** (checked managed resources) / (managed resources), 0..1. */
    coverage: number;
    /**
     * Per live source: of the managed resources that source's adapters compare, the share that was checked, 0..1.
     * Resources no adapter compares count in `coverage` only.
     */
    coverageBySource?: Partial<Record<LiveSourceKind, number>>;
  };
  resources: ResourceResult[];
}
