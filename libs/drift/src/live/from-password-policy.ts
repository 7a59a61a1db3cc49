// IAM GetAccountPasswordPolicy output, `{"PasswordPolicy": {...}}`, as a live item. Neither AWS Config nor Cloud
// Control reads the account password policy, so it is a direct read under a type named after the API's noun.
import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem } from './config-item';
import type { LiveContext } from './live-context';

/** The live type of the account password policy: not an AWS Config or CloudFormation type. */
export const ACCOUNT_PASSWORD_POLICY_TYPE = 'AWS::IAM::AccountPasswordPolicy';

/** The output carries no account: the id of an account singleton stands in for it where the input does not say. */
const UNKNOWN_ACCOUNT_ID = 'account-not-given';

/** True for a GetAccountPasswordPolicy output. */
export function isPasswordPolicyOutput(value: Record<string, unknown>): boolean {
  return value['PasswordPolicy'] !== undefined && value['resourceType'] === undefined;
}

/** The policy as an item of its account (from the context: the output names none); IAM is global. */
export function fromPasswordPolicy(
  value: Record<string, unknown>,
  source: string,
  at: string,
  context: LiveContext,
): ConfigItem {
  const policy = value['PasswordPolicy'];
  if (!isRecord(policy))
    throw new DriftInputError(
      source,
      `${at}/PasswordPolicy`,
      'the PasswordPolicy object of a GetAccountPasswordPolicy output',
      describe(policy),
    );
  const accountId = context.accountId ?? null;
  return {
    source: 'direct',
    resourceType: ACCOUNT_PASSWORD_POLICY_TYPE,
    resourceId: accountId ?? UNKNOWN_ACCOUNT_ID,
    resourceName: null,
    arn: null,
    awsRegion: 'global',
    accountId,
    configurationItemStatus: 'OK',
    configurationItemCaptureTime: null,
    configurationStateId: null,
    configuration: policy,
    supplementaryConfiguration: {},
    tags: {},
    tagsRecorded: false,
    relationships: [],
  };
}
