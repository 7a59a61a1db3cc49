import { Token } from 'cdktf';

/**
 * Returns the value when it is a whole number within [min, max]; throws naming the construct, the prop, the
 * range and the value otherwise. Tokens pass unchecked (they resolve only at apply time).
 */
export function requireWholeNumber(
  where: string,
  prop: string,
  value: number,
  min: number,
  max?: number,
): number {
  if (Token.isUnresolved(value)) return value;
  const inRange = Number.isInteger(value) && value >= min && (max === undefined || value <= max);
  if (!inRange) {
    const range =
      max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    throw new Error(`${where}: ${prop} must be ${range}, got ${value}`);
  }
  return value;
}

const KMS_KEY_ARN = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:\d{12}:key\/(mrk-)?[0-9a-f-]{32,36}$/;

/**
 * Throws unless the value is the ARN of a KMS key (not an alias, key id or alias name): grants authorize
 * kms:Decrypt on the key ARN, and AWS reports the key ARN back, so anything else breaks grants or shows as a
 * change on every plan. Tokens pass unchecked.
 */
export function requireKmsKeyArn(where: string, prop: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value) || KMS_KEY_ARN.test(value)) return;
  throw new Error(
    `${where}: ${prop} must be a KMS key ARN such as ` +
      `arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias or key id), ` +
      `got "${value}"`,
  );
}
