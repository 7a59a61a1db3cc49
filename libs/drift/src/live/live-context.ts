/**
 * What the caller knows about an input that does not say it itself: the account and region it was read in (the
 * CLI's --account and --region). Cloud Control and direct-read outputs carry neither; items that do keep their own.
 */
export interface LiveContext {
  readonly accountId?: string;
  readonly region?: string;
}
