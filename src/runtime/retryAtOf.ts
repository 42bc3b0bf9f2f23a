import { warnOnce } from '../messages/devWarning.js';
import type { ApiError } from '../model/types.js';

/**
 * How long a rate limit is assumed to last when nothing says (no `Retry-After`, `RateLimit`,
 * `X-RateLimit-Reset` or body field). Without a wait, "Try again" would be enabled at once and
 * invite a retry storm; 30 s is what most APIs' per-minute windows need in the worst half.
 */
export const UNKNOWN_RATE_LIMIT_WAIT_MS = 30_000;

export const HIDDEN_RETRY_HEADERS_WARNING =
  '[react-api-error-kit] A rate limit (429) came without a readable wait, so the kit waits 30 s. ' +
  'If the API is on another origin, list Retry-After and RateLimit in Access-Control-Expose-Headers.';

/**
 * The time before which a retry is pointless, as the UI counts it: the error's own `retryAt`,
 * else for a rate limit a conservative default from when it happened (stable for the same
 * error, the same on the server and in the browser).
 */
export function retryAtOf(error: ApiError | null | undefined): number | undefined {
  if (!error) return undefined;
  if (error.retryAt !== undefined || error.category !== 'rate_limit') return error.retryAt;
  if (!Number.isFinite(error.occurredAt)) return undefined;
  warnOnce(HIDDEN_RETRY_HEADERS_WARNING);
  return error.occurredAt + UNKNOWN_RATE_LIMIT_WAIT_MS;
}
