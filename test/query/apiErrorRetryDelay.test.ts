import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiErrorCode } from '../../src/model/codes.js';
import { apiErrorRetryDelay } from '../../src/query/apiErrorRetryDelay.js';
import { apiError } from './fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

const BACKOFF: readonly ApiErrorCode[] = ['NETWORK_ERROR', 'INTERNAL_ERROR', 'MALFORMED_JSON', 'UNKNOWN_ERROR', 'RATE_LIMIT_EXCEEDED'];

describe('apiErrorRetryDelay', () => {
  it.each(BACKOFF)('%s without retryAt: full jitter under a doubling, capped ceiling', (code) => {
    const error = apiError(code);
    const ceilings = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000];
    ceilings.forEach((ceiling, failureCount) => {
      vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
      const high = apiErrorRetryDelay(failureCount, error);
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const low = apiErrorRetryDelay(failureCount, error);
      expect(low).toBe(0);
      expect(high).toBeLessThanOrEqual(ceiling);
      expect(high).toBeGreaterThan(ceiling * 0.99);
    });
  });

  it('never schedules a rate-limited retry before retryAt, and spreads 50 of them out', () => {
    vi.useFakeTimers({ now: 5_000_000 });
    const error = apiError('RATE_LIMIT_EXCEEDED', { status: 429, retryAt: 5_002_000 });
    const delays = Array.from({ length: 50 }, () => apiErrorRetryDelay(0, error));
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(2_000);
      expect(delay).toBeLessThanOrEqual(3_000);
    }
    expect(new Set(delays).size).toBeGreaterThan(10);
  });

  it('a retryAt in the past means now, plus jitter', () => {
    vi.useFakeTimers({ now: 5_000_000 });
    const delay = apiErrorRetryDelay(0, apiError('RATE_LIMIT_EXCEEDED', { retryAt: 1 }));
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(1_000);
  });

  it('is always a finite, non-negative number', () => {
    const inputs: unknown[] = [
      null,
      'x',
      apiError('RATE_LIMIT_EXCEEDED', { retryAt: Number.NaN }),
      apiError('RATE_LIMIT_EXCEEDED', { retryAt: Number.POSITIVE_INFINITY }),
      apiError('RATE_LIMIT_EXCEEDED', { retryAt: Number.MAX_VALUE }),
      apiError('RATE_LIMIT_EXCEEDED', { retryAt: -Number.MAX_VALUE }),
      apiError('INTERNAL_ERROR'),
    ];
    for (const input of inputs) {
      for (const count of [0, 1, 5, 1_000, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
        const delay = apiErrorRetryDelay(count, input);
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(61_000);
      }
    }
  });
});

describe('apiErrorRetryDelay with a retryAt outside rate limits', () => {
  it('a 503 with Retry-After waits until it has passed', () => {
    vi.useFakeTimers({ now: 5_000_000 });
    const delay = apiErrorRetryDelay(0, apiError('SERVICE_UNAVAILABLE', { status: 503, retryAt: 5_010_000 }));
    expect(delay).toBeGreaterThanOrEqual(10_000);
    expect(delay).toBeLessThanOrEqual(11_000);
  });
});
