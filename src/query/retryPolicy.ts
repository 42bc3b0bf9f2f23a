import type { ApiErrorCategory } from '../model/types.js';

/**
 * How each category is retried, as data:
 * - `never`: sending the same request again cannot help (who you are, what you sent, what exists).
 * - `backoff`: transient; capped exponential backoff with full jitter.
 * Any retried error that carries a `retryAt` (429, or a 503 with Retry-After) waits until it has
 * passed instead, since sending earlier only meets the same answer.
 */
export type RetryRule = 'never' | 'backoff';

export const RETRY_RULES: Readonly<Record<ApiErrorCategory, RetryRule>> = /* @__PURE__ */ Object.freeze({
  connection: 'backoff',
  server: 'backoff',
  response: 'backoff',
  unknown: 'backoff',
  rate_limit: 'backoff',
  authentication: 'never', // the session glue refreshes once for the whole wave instead
  authorization: 'never',
  request: 'never',
  not_found: 'never',
  conflict: 'never',
  integration: 'never',
  configuration: 'never',
  cancelled: 'never',
});

export const RETRY_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Retries after the first failure (TanStack's own default is 3 too). */
  maxRetries: 3,
  /** Backoff starts here and doubles per failure... */
  baseDelayMs: 1_000,
  /** ...up to this cap (TanStack's default cap). */
  maxDelayMs: 30_000,
  /** Spread added after `retryAt`, so 50 concurrent 429s do not all return at the same instant. */
  retryAtJitterMs: 1_000,
  /** A longer server-requested wait is not waited out automatically: the RetryButton counts it down. */
  maxRetryAtWaitMs: 60_000,
});
