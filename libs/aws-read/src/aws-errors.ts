// How the live sources tell an answer about a request ("not here", "not you") from the service failing now.

/** Names of errors that say the service could not answer now: throttled past the client's retries, failing. */
const TRANSIENT = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'Throttling',
  'ServiceInternalErrorException',
  'HandlerInternalFailureException',
  'NetworkFailureException',
  'ServiceLimitExceededException',
  'ServiceFailureException',
  'ServiceException',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

/** A read the account refuses for a reason of its own (not the API's): it cannot be read from here. */
export class RefusedRead extends Error {}

/**
 * True when the error is an answer about the request that a retry would get again: an AWS service error other than
 * throttling and internal failures (unsupported type, access denied, a Cloud Control handler failing on the
 * service's refusal), or a RefusedRead. Such a type is left out of the inventory, with the reason. Anything else
 * (throttling past the client's retries, a 5xx, the network, a bug) fails the whole read, to be tried again later.
 */
export function isRefusal(error: unknown): boolean {
  if (error instanceof RefusedRead) return true;
  const e = error as { name?: unknown; $fault?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  if (e === null || typeof e !== 'object' || (e.$fault !== 'client' && e.$fault !== 'server')) return false;
  if (typeof e.name === 'string' && TRANSIENT.has(e.name)) return false;
  const status = e.$metadata?.httpStatusCode;
  return status === undefined || status < 500 || e.name === 'HandlerFailureException';
}

/** `Name: message` of an AWS error, with the SDK's attempts when it retried. */
export function describeAwsError(error: unknown): string {
  const e = error as Error & { $metadata?: { attempts?: number } };
  const attempts = e?.$metadata?.attempts ?? 1;
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(error);
  return attempts > 1 ? `${text} (after ${attempts} attempts)` : text;
}
