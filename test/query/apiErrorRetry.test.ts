import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiErrorCode } from '../../src/model/codes.js';
import { apiErrorRetry } from '../../src/query/apiErrorRetry.js';
import { apiError } from './fixtures.js';

// One representative code per category, and whether the first failure is retried.
const TABLE: readonly [ApiErrorCode, boolean][] = [
  ['NETWORK_ERROR', true],
  ['CONNECTION_TIMEOUT', true],
  ['INTERNAL_ERROR', true],
  ['SERVICE_UNAVAILABLE', true],
  ['MALFORMED_JSON', true],
  ['UNKNOWN_ERROR', true],
  ['RATE_LIMIT_EXCEEDED', true],
  ['TOKEN_EXPIRED', false],
  ['UNAUTHORIZED', false],
  ['FORBIDDEN', false],
  ['VALIDATION_ERROR', false],
  ['NOT_FOUND', false],
  ['CONFLICT', false],
  ['WOOCOMMERCE_API_DISABLED', false],
  ['INVALID_API_URL', false],
  ['CANCELLED', false],
];

afterEach(() => {
  vi.useRealTimers();
});

describe('apiErrorRetry', () => {
  it.each(TABLE)('%s on the first failure -> %s', (code, expected) => {
    expect(apiErrorRetry(0, apiError(code))).toBe(expected);
  });

  it('never retries an error whose retryable is false, whatever its category', () => {
    expect(apiErrorRetry(0, apiError('NOT_IMPLEMENTED'))).toBe(false);
    expect(apiErrorRetry(0, apiError('SSL_CERTIFICATE_ERROR'))).toBe(false);
    expect(apiErrorRetry(0, apiError('INTERNAL_ERROR', { retryable: false }))).toBe(false);
  });

  it('retries a transient failure at most 3 times', () => {
    const error = apiError('BAD_GATEWAY');
    expect([0, 1, 2, 3, 4, 100].map((n) => apiErrorRetry(n, error))).toEqual([true, true, true, false, false, false]);
  });

  it('reads a nonsense failureCount conservatively', () => {
    const error = apiError('BAD_GATEWAY');
    expect(apiErrorRetry(Number.NaN, error)).toBe(false);
    expect(apiErrorRetry(Number.POSITIVE_INFINITY, error)).toBe(false);
    expect(apiErrorRetry(-1, error)).toBe(true);
  });

  it('waits out a near retryAt, leaves a far one to the RetryButton', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    expect(apiErrorRetry(0, apiError('RATE_LIMIT_EXCEEDED', { retryAt: 1_002_000 }))).toBe(true);
    expect(apiErrorRetry(0, apiError('RATE_LIMIT_EXCEEDED', { retryAt: 1_000_000 + 3_600_000 }))).toBe(false);
    expect(apiErrorRetry(0, apiError('RATE_LIMIT_EXCEEDED', { retryAt: Number.NaN }))).toBe(true);
  });

  it('never throws on values that are not errors', () => {
    for (const value of [null, undefined, 'boom', 42, {}, Object.create(null)]) {
      expect(typeof apiErrorRetry(0, value)).toBe('boolean');
    }
  });
});

describe('apiErrorRetry with a retryAt outside rate limits', () => {
  it('a 503 with Retry-After is retried when the wait is short, not when it is long', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    expect(apiErrorRetry(0, apiError('SERVICE_UNAVAILABLE', { status: 503, retryAt: 1_005_000 }))).toBe(true);
    expect(apiErrorRetry(0, apiError('SERVICE_UNAVAILABLE', { status: 503, retryAt: 1_000_000 + 600_000 }))).toBe(false);
  });
});
