import { RETRY_LIMITS, RETRY_RULES } from './retryPolicy.js';
import { toApiError } from './toApiError.js';

/**
 * TanStack Query `retry` policy: `new QueryClient({ defaultOptions: { queries: { retry: apiErrorRetry } } })`.
 * Takes `(failureCount, error)` exactly as TanStack's retryer calls it (`failureCount` is 0 after
 * the first failure). Never retries an error whose `retryable` is false, nor a category where a
 * second identical request cannot help; retries transient failures at most `maxRetries` times;
 * an error with a `retryAt` (rate limit, maintenance) only when it is near enough to wait for
 * (apiErrorRetryDelay waits until it has passed); a longer wait is the RetryButton's countdown.
 */
export function apiErrorRetry(failureCount: number, error: unknown): boolean {
  // NaN, negative or fractional counts from a hand-written caller are read conservatively.
  const count = Number.isFinite(failureCount) ? Math.max(0, Math.floor(failureCount)) : RETRY_LIMITS.maxRetries;
  if (count >= RETRY_LIMITS.maxRetries) return false;
  const apiError = toApiError(error);
  if (!apiError.retryable) return false;
  if ((RETRY_RULES[apiError.category] ?? 'never') === 'never') return false;
  const { retryAt } = apiError;
  if (retryAt === undefined || !Number.isFinite(retryAt)) return true; // no hint: plain backoff
  return retryAt - Date.now() <= RETRY_LIMITS.maxRetryAtWaitMs;
}
