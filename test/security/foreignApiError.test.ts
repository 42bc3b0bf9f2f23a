import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/model/limits.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';

// A backend that normalizes on the server and sends the ApiError as JSON, or a hostile body that
// merely looks like one: isApiError accepts the shape, so it must not skip the cleaning.
const hostileShape = () =>
  JSON.parse(
    JSON.stringify({
      category: 'request',
      code: 'VALIDATION_ERROR',
      retryable: false,
      serverMessage: '\u202Egnp.exe\u200B ' + 'x'.repeat(1_000_000) + ' password=SECRET-FOREIGN',
      requestId: 'req\u0000\u202E' + 'y'.repeat(10_000),
      sourceCode: '\u0007BELL',
      status: 99_999,
      retryAt: 1e300,
      request: { method: 'POST', url: '/login?token=SECRET-FOREIGN-URL' },
      fieldErrors: { ['__proto__']: ['polluted?'], email: 'not an array', '': ['no key'] },
      occurredAt: 'yesterday',
    }),
  ) as unknown;

describe('an ApiError-shaped object from elsewhere is cleaned like any body', () => {
  it('bounds and cleans every text field, drops impossible numbers, redacts the URL', () => {
    const now = Date.now();
    const input = hostileShape();
    const error = normalizeApiError(input);
    expect(error).not.toBe(input);
    expect(error.category).toBe('request');
    expect(error.code).toBe('VALIDATION_ERROR');
    expect((error.serverMessage ?? '').length).toBeLessThanOrEqual(LIMITS.maxMessageChars);
    expect(error.serverMessage).not.toMatch(/[\u202E\u200B]/);
    // eslint-disable-next-line no-control-regex -- the control character is the point
    expect(error.requestId).not.toMatch(/[\u0000\u202E]/);
    expect((error.requestId ?? '').length).toBeLessThanOrEqual(LIMITS.maxRequestIdChars);
    expect(error.sourceCode).toBe('BELL');
    expect(error.status).toBeUndefined();
    expect(error.retryAt).toBeLessThanOrEqual(now + LIMITS.maxRetryDelayMs + 1000);
    expect(error.request?.url).toBe('/login?token=[redacted]');
    expect(JSON.stringify({ ...error, cause: undefined })).not.toContain('SECRET-FOREIGN');
    expect(Number.isFinite(error.occurredAt)).toBe(true);
    expect(Object.getPrototypeOf(error.fieldErrors)).toBeNull();
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['__proto__', 'email']);
    expect(error.fieldErrors.email).toEqual(['not an array']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.isFrozen(error)).toBe(true);
    // Memoized like every other input: the same object gives the same ApiError.
    expect(normalizeApiError(input)).toBe(error);
  });

  it.each([NaN, Infinity, -Infinity, '1700000000000'])('drops a retryAt of %s', (retryAt) => {
    const error = normalizeApiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryable: true, fieldErrors: {}, retryAt });
    expect(error.category).toBe('rate_limit');
    expect(error.retryAt).toBeUndefined();
  });

  it('keeps an already clean, frozen ApiError as it is (fixtures, errors from another copy of the kit)', () => {
    const clean = Object.freeze({
      category: 'server' as const, code: 'INTERNAL_ERROR', status: 500, fieldErrors: {}, retryable: true,
      cause: undefined, occurredAt: Date.UTC(2025, 0, 15), serverMessage: 'Something broke', requestId: 'req_1',
      retryAt: Date.now() + 5000, request: { method: 'GET', url: '/x?page=2' },
    });
    expect(normalizeApiError(clean)).toBe(clean);
  });
});
