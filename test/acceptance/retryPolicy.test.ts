/**
 * Acceptance tests of the TanStack Query retry policy (contract section 2, issue 5),
 * calling the two pure functions directly the way TanStack Query does
 * (failureCount starts at 0 for the first failure).
 */
import { describe, expect, it } from 'vitest';
import { apiErrorRetry, apiErrorRetryDelay, normalizeApiError } from '../../src/index.js';
import { httpError, rawErrors } from './helpers.js';

const NEVER = ['authentication', 'authorization', 'request', 'not_found', 'conflict', 'integration', 'configuration', 'cancelled'];
const RETRIED = ['connection', 'server', 'response'];
const MAX_REASONABLE_RETRIES = 10;
const MAX_REASONABLE_DELAY = 5 * 60_000;

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('apiErrorRetry / apiErrorRetryDelay', () => {
  it('the raw fixtures fall in the intended categories', async () => {
    const errors = await rawErrors();
    for (const [category, error] of Object.entries(errors)) {
      expect(normalizeApiError(error).category, category).toBe(category);
    }
  });

  for (const category of NEVER) {
    it(`never retries ${category}`, async () => {
      const error = (await rawErrors())[category];
      for (const n of [0, 1, 2, 5]) {
        expect(apiErrorRetry(n, error)).toBe(false);
        expect(apiErrorRetry(n, normalizeApiError(error))).toBe(false);
      }
    });
  }

  for (const category of RETRIED) {
    it(`retries ${category} a bounded number of times with growing, capped, finite delays`, async () => {
      const error = (await rawErrors())[category];
      expect(apiErrorRetry(0, error)).toBe(true);
      expect(apiErrorRetry(0, normalizeApiError(error))).toBe(true);
      const firstNo = Array.from({ length: MAX_REASONABLE_RETRIES + 1 }, (_, n) => n).find((n) => !apiErrorRetry(n, error));
      expect(firstNo, 'retries stop').toBeDefined();
      for (let n = firstNo!; n < firstNo! + 20; n++) expect(apiErrorRetry(n, error)).toBe(false);

      const samples = (n: number) => Array.from({ length: 300 }, () => apiErrorRetryDelay(n, error));
      for (const n of [0, 1, 2, 3, 10, 100, 10_000]) {
        for (const d of samples(n)) {
          expect(Number.isFinite(d)).toBe(true);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(MAX_REASONABLE_DELAY);
        }
      }
      expect(mean(samples(3))).toBeGreaterThan(mean(samples(0)));
    });
  }

  it('rate_limit is retried only once retryAt has passed: the delay honours it', async () => {
    const error = await httpError(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { 'Retry-After': '2' });
    const retryAt = normalizeApiError(error).retryAt!;
    expect(retryAt).toBeGreaterThan(Date.now());
    expect(apiErrorRetry(0, error)).toBe(true);
    for (let i = 0; i < 50; i++) {
      const delay = apiErrorRetryDelay(0, error);
      expect(Number.isFinite(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(retryAt - Date.now() - 5);
    }
  });

  it('rate_limit with a far retryAt never proposes an early retry', async () => {
    const error = await httpError(429, {}, { 'Retry-After': '600' });
    const retryAt = normalizeApiError(error).retryAt!;
    if (apiErrorRetry(0, error)) {
      expect(apiErrorRetryDelay(0, error)).toBeGreaterThanOrEqual(retryAt - Date.now() - 5);
    }
    const delay = apiErrorRetryDelay(0, error);
    expect(Number.isFinite(delay)).toBe(true);
    expect(delay).toBeGreaterThanOrEqual(0);
  });

  it('rate_limit without retry timing still gets a finite, non-negative delay and bounded retries', async () => {
    const error = await httpError(429, {});
    expect(normalizeApiError(error).category).toBe('rate_limit');
    const d = apiErrorRetryDelay(0, error);
    expect(Number.isFinite(d)).toBe(true);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(apiErrorRetry(MAX_REASONABLE_RETRIES, error)).toBe(false);
  });

  it('a retryAt already in the past does not give a negative delay', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const error = await httpError(503, { message: 'maintenance' }, { 'Retry-After': past });
    const d = apiErrorRetryDelay(0, error);
    expect(Number.isFinite(d)).toBe(true);
    expect(d).toBeGreaterThanOrEqual(0);
  });

  it('bad input never throws and gives sane answers', () => {
    const inputs: unknown[] = [null, undefined, 'x', 42, {}, [], NaN, Object.create(null), { category: 'server' }, new Error('boom')];
    const counts = [NaN, -1, 0, 1, Infinity, -Infinity, 1.5, Number.MAX_SAFE_INTEGER];
    for (const input of inputs) {
      for (const n of counts) {
        let retry: unknown;
        let delay: unknown;
        expect(() => (retry = apiErrorRetry(n, input))).not.toThrow();
        expect(() => (delay = apiErrorRetryDelay(n, input))).not.toThrow();
        expect(typeof retry).toBe('boolean');
        expect(typeof delay).toBe('number');
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay as number).toBeGreaterThanOrEqual(0);
        expect(delay as number).toBeLessThanOrEqual(MAX_REASONABLE_DELAY);
      }
      expect(apiErrorRetry(Infinity, input)).toBe(false);
      expect(apiErrorRetry(Number.MAX_SAFE_INTEGER, input)).toBe(false);
    }
  });
});
