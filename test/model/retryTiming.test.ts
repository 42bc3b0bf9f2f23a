import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toHeaderReader } from '../../src/model/http/headers.js';
import { parseRateLimitField, rateLimitExhausted } from '../../src/model/http/rateLimitHeaders.js';
import { computeRetryAt } from '../../src/model/http/retryTiming.js';
import { parseDurationMs } from '../../src/model/http/retryValue.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const S = 1000;
const at = (headers: Record<string, string>, status = 429, body?: number) =>
  computeRetryAt({ headers: toHeaderReader(headers), status, waitApplies: true, now: NOW, bodyRetryAfterSeconds: body });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('computeRetryAt', () => {
  it.each([
    ['Retry-After seconds', { 'Retry-After': '120' }, NOW + 120 * S],
    ['Retry-After HTTP-date', { 'retry-after': new Date(NOW + 90 * S).toUTCString() }, NOW + 90 * S],
    ['Retry-After HTTP-date with skewed server Date', { 'retry-after': new Date(NOW - 3600 * S + 30 * S).toUTCString(), date: new Date(NOW - 3600 * S).toUTCString() }, NOW + 30 * S],
    ['Retry-After sent as Unix time', { 'retry-after': String(NOW / S + 45) }, NOW + 45 * S],
    ['Retry-After negative ignored', { 'retry-after': '-5' }, undefined],
    ['Retry-After garbage ignored', { 'retry-after': 'soon' }, undefined],
    ['Retry-After 0 is now', { 'retry-after': '0' }, NOW],
    ['Retry-After capped at 7 days', { 'retry-after': String(30 * 24 * 3600) }, NOW + 7 * 24 * 3600 * S],
    ['RateLimit structured field', { ratelimit: '"default";r=0;t=30' }, NOW + 30 * S],
    ['RateLimit two policies', { ratelimit: '"burst";r=5;t=2, "daily";r=0;t=600' }, NOW + 600 * S],
    ['RateLimit older form', { ratelimit: 'limit=100, remaining=0, reset=30' }, NOW + 30 * S],
    ['RateLimit-Reset', { 'ratelimit-reset': '30' }, NOW + 30 * S],
    ['X-RateLimit-Reset epoch seconds', { 'x-ratelimit-reset': String(NOW / S + 60) }, NOW + 60 * S],
    ['X-RateLimit-Reset epoch with fraction', { 'x-ratelimit-reset': String(NOW / S + 60.5) }, NOW + 60.5 * S],
    ['X-RateLimit-Reset epoch ms', { 'x-ratelimit-reset': String(NOW + 75 * S) }, NOW + 75 * S],
    ['X-RateLimit-Reset seconds from now', { 'x-ratelimit-reset': '42' }, NOW + 42 * S],
    ['X-RateLimit-Reset epoch, server clock 10 min behind', { 'x-ratelimit-reset': String((NOW - 600 * S) / S + 20), date: new Date(NOW - 600 * S).toUTCString() }, NOW + 20 * S],
    ['X-Rate-Limit-Reset (Twitter)', { 'x-rate-limit-reset': String(NOW / S + 900) }, NOW + 900 * S],
    ['X-RateLimit-Retry-After (Symfony)', { 'x-ratelimit-retry-after': String(NOW / S + 10) }, NOW + 10 * S],
    ['X-RateLimit-Reset-After (Discord)', { 'x-ratelimit-reset-after': '1.5' }, NOW + 1.5 * S],
    ['OpenAI durations', { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '6m0s', 'x-ratelimit-reset-tokens': '20ms' }, NOW + 360 * S],
    ['Azure retry-after-ms', { 'retry-after-ms': '1500' }, NOW + 1500],
    ['Retry-After wins over reset headers', { 'retry-after': '5', 'x-ratelimit-reset': '500' }, NOW + 5 * S],
  ])('%s', (_label, headers, expected) => {
    expect(at(headers)).toBe(expected);
  });

  it('uses the body delay (Discord float seconds, Google RetryInfo)', () => {
    expect(at({}, 429, 2.5)).toBe(NOW + 2500);
  });

  it('ignores reset headers when nothing is exhausted and the status is not 429/503', () => {
    expect(at({ 'x-ratelimit-reset': '30', 'x-ratelimit-remaining': '10' }, 404)).toBeUndefined();
    expect(at({ 'x-ratelimit-reset': '30', 'x-ratelimit-remaining': '0' }, 403)).toBe(NOW + 30 * S);
  });

  it('gives nothing when no wait applies', () => {
    expect(computeRetryAt({ headers: toHeaderReader({ 'retry-after': '9' }), status: 500, waitApplies: false, now: NOW })).toBeUndefined();
  });
});

describe('retryAt through normalizeApiError', () => {
  const run = async (status: number, headers: Record<string, string>) =>
    normalizeApiError(await ApiResponseError.fromResponse(new Response('{}', { status, headers })));

  it('an ordinary 404 with a reset header gets no retryAt', async () => {
    expect((await run(404, { 'x-ratelimit-reset': String(NOW / S + 60), 'x-ratelimit-remaining': '57' })).retryAt).toBeUndefined();
  });

  it('a 503 maintenance answer with Retry-After gets one', async () => {
    expect((await run(503, { 'retry-after': '300' })).retryAt).toBe(NOW + 300 * S);
  });

  it('a 403 with exhausted headers becomes a rate limit with retryAt (GitHub)', async () => {
    const error = await run(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / S + 1800) });
    expect(error).toMatchObject({ category: 'rate_limit', retryAt: NOW + 1800 * S, retryable: true });
  });

  it('a 400 with Retry-After is a rate limit', async () => {
    expect((await run(400, { 'retry-after': '10' })).code).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('a 500 with Retry-After is not a rate limit', async () => {
    const error = await run(500, { 'retry-after': '10' });
    expect(error.code).toBe('INTERNAL_ERROR');
    expect(error.retryAt).toBeUndefined();
  });
});

describe('helpers', () => {
  it.each([['6m0s', 360_000], ['1s', 1000], ['20ms', 20], ['1h2m3.5s', 3_723_500], ['', undefined], ['abc', undefined]])(
    'parseDurationMs(%s)',
    (text, ms) => { expect(parseDurationMs(text)).toBe(ms); },
  );

  it('parses RateLimit fields and exhaustion', () => {
    expect(parseRateLimitField('"default";r=0;t=30')).toEqual({ remaining: 0, reset: 30 });
    expect(parseRateLimitField('nonsense')).toBeUndefined();
    expect(rateLimitExhausted(toHeaderReader({ RateLimit: '"d";r=0;t=1' }))).toBe(true);
    expect(rateLimitExhausted(toHeaderReader({ 'X-RateLimit-Remaining': '3' }))).toBe(false);
  });
});
