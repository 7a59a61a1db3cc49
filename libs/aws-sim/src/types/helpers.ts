import type { ApplyContext } from '../apply/applied-resource';

/** When the simulated apply created every resource, as the provider stores dates in state. */
export const CREATE_DATE = '2026-11-20T09:14:07Z';

/** An ARN in the account and region of the apply; `global` leaves the region out (IAM, CloudFront). */
export function arn(
  ctx: Pick<ApplyContext, 'account' | 'region'>,
  service: string,
  resource: string,
  global = false,
): string {
  return `arn:aws:${service}:${global ? '' : ctx.region}:${ctx.account}:${resource}`;
}
