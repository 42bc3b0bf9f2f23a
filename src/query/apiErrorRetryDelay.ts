import { RETRY_LIMITS } from './retryPolicy.js';
import { toApiError } from './toApiError.js';

function backoff(failureCount: number): number {
  const exponent = Math.min(failureCount, 16); // 2 ** 16 s is far past the cap; keeps the math finite
  const ceiling = Math.min(RETRY_LIMITS.maxDelayMs, RETRY_LIMITS.baseDelayMs * 2 ** exponent);
  return Math.random() * ceiling; // full jitter: clients that failed together spread out
}

/**
 * TanStack Query `retryDelay` policy, the partner of `apiErrorRetry`. `(failureCount, error)` as
 * TanStack's retryer calls it. Always a finite, non-negative number of milliseconds:
 * - with a `retryAt` (rate limit, maintenance): at least until `retryAt`, plus up to 1 s jitter;
 * - everything else: capped exponential backoff (1 s, 2 s, 4 s ... 30 s) with full jitter.
 */
export function apiErrorRetryDelay(failureCount: number, error: unknown): number {
  const count = Number.isFinite(failureCount) ? Math.max(0, Math.floor(failureCount)) : 0;
  const apiError = toApiError(error);
  const { retryAt } = apiError;
  if (retryAt !== undefined && Number.isFinite(retryAt)) {
    const wait = Math.min(Math.max(0, retryAt - Date.now()), RETRY_LIMITS.maxRetryAtWaitMs);
    // ceil: a retry 0.4 ms early would still meet the rate limit.
    return Math.ceil(wait + Math.random() * RETRY_LIMITS.retryAtJitterMs);
  }
  return backoff(count);
}
