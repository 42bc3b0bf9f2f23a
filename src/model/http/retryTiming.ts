import type { HeaderReader } from '../dialects/types.js';
import { MAX_RETRY_DELAY_MS } from '../limits.js';
import { PAIRED_BUDGETS, parseRateLimitField, rateLimitLeft, spent } from './rateLimitHeaders.js';
import { headerValueToEpochMs, resetValueToEpochMs, type RetryClock } from './retryValue.js';

export interface RetryTimingInput {
  readonly headers: HeaderReader;
  readonly status?: number;
  /** A retry delay in seconds from the body (`retry_after`, Google `RetryInfo.retryDelay`). */
  readonly bodyRetryAfterSeconds?: number;
  /** The error is a rate limit or an outage; only then do headers say when to come back. */
  readonly waitApplies: boolean;
  readonly now: number;
}

type Source = (headers: HeaderReader, clock: RetryClock) => number | undefined;

const header = (name: string, options?: Parameters<typeof headerValueToEpochMs>[2]): Source =>
  (headers, clock) => headerValueToEpochMs(headers.get(name), clock, options);

/** Paired budgets (OpenAI, Linear): the reset of the first budget that ran out, else the latest. */
const pairedReset: Source = (headers, clock) => {
  let latest: number | undefined;
  for (const [remaining, reset] of PAIRED_BUDGETS) {
    const at = headerValueToEpochMs(headers.get(reset), clock, { allowDuration: true });
    if (at === undefined) continue;
    if (spent(headers, remaining)) return at;
    latest = Math.max(latest ?? at, at);
  }
  return latest;
};

const structuredRateLimit: Source = (headers, clock) => {
  const field = parseRateLimitField(headers.get('ratelimit'));
  return field?.reset === undefined ? undefined : resetValueToEpochMs(field.reset, clock);
};

/** Reset headers, read only when the window is exhausted or the status is 429/503. */
const RESET_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([
  structuredRateLimit,
  /* @__PURE__ */ header('ratelimit-reset', { allowDate: true }), // GoCardless sends an HTTP-date
  /* @__PURE__ */ header('x-ratelimit-reset-after'), // Discord: seconds (float)
  /* @__PURE__ */ header('x-ratelimit-retry-after', { allowDate: true }), // Symfony: a timestamp
  /* @__PURE__ */ header('x-ratelimit-reset-ms', { relativeUnitMs: true }),
  /* @__PURE__ */ header('x-ratelimit-reset', { allowDate: true, allowDuration: true }),
  /* @__PURE__ */ header('x-rate-limit-reset'), // Twitter: epoch seconds
  pairedReset,
]);

/** Headers that say outright when to retry; they apply to any rate limit or outage. */
const RETRY_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ header('retry-after', { allowDate: true }),
  /* @__PURE__ */ header('retry-after-ms', { relativeUnitMs: true }), // Azure
  /* @__PURE__ */ header('x-ms-retry-after-ms', { relativeUnitMs: true }), // Azure
]);

function firstOf(sources: readonly Source[], headers: HeaderReader, clock: RetryClock): number | undefined {
  for (const source of sources) {
    const at = source(headers, clock);
    if (at !== undefined) return at;
  }
  return undefined;
}

function serverDate(headers: HeaderReader): number | undefined {
  const text = headers.get('date');
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Epoch ms before which a retry is pointless, or undefined. Sources in order: `Retry-After` (and Azure's `retry-after-ms`),
 * the body's retry delay, then reset headers (only with an exhausted window, or a 429/503 that
 * reports no budget).
 * Clamped to [now, now + 7 days].
 */
export function computeRetryAt(input: RetryTimingInput): number | undefined {
  if (!input.waitApplies) return undefined;
  const { headers, now } = input;
  const clock: RetryClock = { now, serverDate: serverDate(headers) };
  let at = firstOf(RETRY_SOURCES, headers, clock);
  const body = input.bodyRetryAfterSeconds;
  if (at === undefined && body !== undefined && Number.isFinite(body) && body >= 0) {
    at = resetValueToEpochMs(body, clock);
  }
  // A budget header decides when it is there: a reset counts only for a window with nothing left.
  const left = rateLimitLeft(headers);
  if (at === undefined && (left === undefined ? input.status === 429 || input.status === 503 : left <= 0)) {
    at = firstOf(RESET_SOURCES, headers, clock);
  }
  if (at === undefined || !Number.isFinite(at)) return undefined;
  return Math.round(Math.min(Math.max(at, now), now + MAX_RETRY_DELAY_MS));
}
