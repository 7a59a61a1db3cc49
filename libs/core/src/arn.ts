/** The parts of an Amazon Resource Name: `arn:partition:service:region:account-id:resource`. */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  /** Empty for global services (IAM, Organizations, S3 buckets). */
  readonly region: string;
  /** A 12-digit account id; empty where the ARN names none (S3 buckets), `aws` for AWS-managed resources. */
  readonly account: string;
  /** Everything after the account, colons included (`log-group:name:*`). */
  readonly resource: string;
}

const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):(.+)$/;

/** Splits an ARN into its parts; undefined for anything that is not an ARN (a token, a name, an id). */
export function parseArn(value: unknown): Arn | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ARN.exec(value);
  if (!m) return undefined;
  return { partition: m[1], service: m[2], region: m[3], account: m[4], resource: m[5] };
}

/** True for a 12-digit AWS account id. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{12}$/.test(value);
}
