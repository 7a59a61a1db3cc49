// The account password policy, read directly: neither AWS Config nor Cloud Control reads it.
import { GetAccountPasswordPolicyCommand, type IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import { plainOutput } from '../../plain-output';

/**
 * GetAccountPasswordPolicy's output (`{PasswordPolicy}`), or none: IAM answers NoSuchEntity when the account has no
 * password policy, which is an answer too (a managed policy missing from a complete read is deleted).
 */
export async function readPasswordPolicy(iam: IAMClient): Promise<Record<string, unknown>[]> {
  try {
    return [plainOutput(await iam.send(new GetAccountPasswordPolicyCommand({})))];
  } catch (error) {
    if (error instanceof NoSuchEntityException || (error as Error)?.name === 'NoSuchEntityException')
      return [];
    throw error;
  }
}
