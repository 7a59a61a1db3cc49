import { Token } from 'cdktf';

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
