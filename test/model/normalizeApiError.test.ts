import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { registerApiErrorDialect } from '../../src/model/dialectRegistry.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { testDialect } from './testDialects.js';

let unregister: () => void = () => undefined;
beforeAll(() => {
  unregister = registerApiErrorDialect(testDialect);
});
afterAll(() => { unregister(); });
afterEach(() => vi.useRealTimers());

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

async function fromHttp(body: string | object | null, status: number, headers: Record<string, string> = {}) {
  const text = body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
  const json = typeof body === 'object' && body !== null;
  const response = new Response(text, {
    status,
    headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
  });
  return normalizeApiError(await ApiResponseError.fromResponse(response));
}

describe('normalizeApiError over HTTP answers', () => {
  it.each([
    // [body, status, headers, code, category, sourceCode]
    [{ error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } }, 401, {}, 'TOKEN_EXPIRED', 'authentication', 'TOKEN_EXPIRED'],
    [{ success: false, message: 'Invalid API key provided', error_code: 'AUTH_001' }, 401, {}, 'INVALID_API_KEY', 'authentication', 'AUTH_001'],
    [{ code: 'api_key_expired', message: 'expired', request_id: 'req_1' }, 401, {}, 'API_KEY_EXPIRED', 'authentication', 'api_key_expired'],
    [{ code: 'rest_forbidden', message: 'Sorry', data: { status: 403 } }, 403, {}, 'FORBIDDEN', 'authorization', 'rest_forbidden'],
    [{ code: 'jwt_auth_invalid_token', message: 'Wrong number of segments', data: { status: 403 } }, 403, {}, 'TOKEN_INVALID', 'authentication', 'jwt_auth_invalid_token'],
    [{ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }, 404, {}, 'NOT_FOUND', 'not_found', 'rest_post_invalid_id'],
    [{ code: 'SomethingThrottled', message: 'slow down' }, 400, {}, 'RATE_LIMIT_EXCEEDED', 'rate_limit', 'SomethingThrottled'],
    [{ code: 'monthly_quota', message: 'quota' }, 403, {}, 'QUOTA_EXCEEDED', 'rate_limit', 'monthly_quota'],
    [{ code: 'weird_thing', message: 'x' }, 404, {}, 'NOT_FOUND', 'not_found', 'weird_thing'],
    [{ code: 'weird_thing', message: 'x' }, 400, {}, 'INVALID_REQUEST', 'request', 'weird_thing'],
    [{ code: 'weird_thing', message: 'x' }, 418, {}, 'INVALID_REQUEST', 'request', 'weird_thing'],
    [{ code: 'weird_thing', message: 'x' }, 507, {}, 'INTERNAL_ERROR', 'server', 'weird_thing'],
    [{ code: 'client_problem', message: 'x' }, 401, {}, 'UNAUTHORIZED', 'authentication', 'client_problem'],
    [{ code: 'invalid_widget', message: 'x' }, 409, {}, 'CONFLICT', 'conflict', 'invalid_widget'],
    [{ code: 'weird_thing', message: 'x' }, 403, { 'x-ratelimit-remaining': '0' }, 'RATE_LIMIT_EXCEEDED', 'rate_limit', 'weird_thing'],
    [{ message: 'API rate limit exceeded' }, 403, { 'retry-after': '60' }, 'RATE_LIMIT_EXCEEDED', 'rate_limit', undefined],
    ['<html><body><h1>429 Too Many Requests</h1></body></html>', 429, { 'content-type': 'text/html' }, 'RATE_LIMIT_EXCEEDED', 'rate_limit', undefined],
    ['<html><body>Service Unavailable</body></html>', 503, { 'content-type': 'text/html' }, 'SERVICE_UNAVAILABLE', 'server', undefined],
    ['<!doctype html><html><body>bad gateway</body></html>', 502, { 'content-type': 'text/html' }, 'BAD_GATEWAY', 'server', undefined],
    ['<!doctype html><html><body>hello</body></html>', 200, { 'content-type': 'text/html' }, 'INVALID_RESPONSE_FORMAT', 'response', undefined],
    ['{"broken": ', 200, { 'content-type': 'application/json' }, 'MALFORMED_JSON', 'response', undefined],
    [null, 204, {}, 'MISSING_RESPONSE_DATA', 'response', undefined],
    [null, 301, {}, 'UNEXPECTED_RESPONSE_CODE', 'response', undefined],
    [null, 500, {}, 'INTERNAL_ERROR', 'server', undefined],
    [{ success: false, message: 'x' }, 200, {}, 'UNKNOWN_ERROR', 'unknown', undefined],
  ] as const)('%j %i -> %s', async (body, status, headers, code, category, sourceCode) => {
    const error = await fromHttp(body, status, headers);
    expect(error.code).toBe(code);
    expect(error.category).toBe(category);
    expect(error.sourceCode).toBe(sourceCode);
    expect(error.status).toBe(status);
  });

  it('uses the status carried in a 200 body', async () => {
    const body = { code: 400, status: 'error', message: 'Validation failed', error: { code: 'VALIDATION_ERROR', message: 'The title field is required', details: { field: 'title' } } };
    const error = await fromHttp(body, 200);
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, serverMessage: 'The title field is required' });
    expect(error.fieldErrors).toEqual({ title: ['The title field is required'] });
    expect(Object.isFrozen(error.fieldErrors)).toBe(true);
  });

  it('reads seed 004 rate limit with headers and request id', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const error = await fromHttp(
      { code: 429, status: 'error', error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Retry after 60 seconds.' } },
      429,
      { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1707480000', 'retry-after': '60', 'x-request-id': 'abc-123' },
    );
    expect(error).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', retryable: true, requestId: 'abc-123', retryAt: NOW + 60_000 });
  });

  it('recovers JSON behind a PHP notice and records it', async () => {
    const text = '<br />\n<b>Notice</b>: Undefined index: foo in <b>/var/www/x.php</b> on line <b>12</b><br />\n{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}';
    const error = await fromHttp(text, 401, { 'content-type': 'text/html; charset=UTF-8' });
    expect(error).toMatchObject({ jsonRecovered: true, sourceCode: 'woocommerce_rest_cannot_view', category: 'authentication' });
    expect(error.serverMessage).toBe('Sorry, you cannot list resources.');
  });

  it('bounds and cleans the server message', async () => {
    const error = await fromHttp({ code: 'x', message: `  \u202Eevil\u0000 ${'a'.repeat(5000)}  ` }, 400);
    expect(error.serverMessage!.length).toBeLessThanOrEqual(500);
    expect(error.serverMessage!.startsWith('evil a')).toBe(true);
  });

  it('keeps the request with a redacted URL', async () => {
    const response = new Response('{}', { status: 404 });
    const error = normalizeApiError(
      await ApiResponseError.fromResponse(response, { method: 'get', url: 'https://u:p@api.test/v1/x?api_key=SECRET&page=2' }),
    );
    expect(error.request).toEqual({ method: 'GET', url: 'https://[redacted]@api.test/v1/x?api_key=[redacted]&page=2' });
    expect(JSON.stringify(error.request)).not.toContain('SECRET');
  });
});

describe('normalizeApiError identity and inputs', () => {
  it('returns the same frozen object for the same input', () => {
    const input = { error: { code: 'TOKEN_EXPIRED' } };
    const a = normalizeApiError(input);
    expect(normalizeApiError(input)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(normalizeApiError(a)).toBe(a);
  });

  it('keeps retryAt put across calls', async () => {
    const error = await ApiResponseError.fromResponse(new Response('', { status: 429, headers: { 'retry-after': '30' } }));
    const first = normalizeApiError(error).retryAt;
    await new Promise((r) => setTimeout(r, 5));
    expect(normalizeApiError(error).retryAt).toBe(first);
  });

  it('treats a plain string body and primitives', () => {
    expect(normalizeApiError('{"error":{"code":"PERMISSION_DENIED"}}').code).toBe('FORBIDDEN');
    expect(normalizeApiError(null)).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(normalizeApiError(undefined).category).toBe('unknown');
    expect(normalizeApiError(42).category).toBe('unknown');
  });

  it('a throwing dialect does not break normalization', () => {
    const off = registerApiErrorDialect({ name: 'boom', parse: () => { throw new Error('boom'); } });
    try {
      expect(normalizeApiError({ error: { code: 'NOT_FOUND' } }).code).toBe('NOT_FOUND');
    } finally {
      off();
    }
  });

  it('an app dialect runs before the built-in ones and can be removed', () => {
    const off = registerApiErrorDialect({ name: 'mine', parse: (b) => ((b as { mine?: string }).mine ? { sourceCode: 'API02002', message: 'm' } : undefined) });
    expect(normalizeApiError({ mine: 'yes' })).toMatchObject({ code: 'TOKEN_EXPIRED', dialect: 'mine' });
    off();
    expect(normalizeApiError({ mine: 'yes' }).dialect).not.toBe('mine');
  });

  it('never lets a __proto__ field key pollute', () => {
    const off = registerApiErrorDialect({ name: 'proto', parse: () => ({ fieldErrors: JSON.parse('{"__proto__":["bad"],"a.b":["ok"]}') }) });
    try {
      const error = normalizeApiError({ p: 1 });
      expect(Object.keys(error.fieldErrors).sort()).toEqual(['__proto__', 'a.b']);
      expect(({} as Record<string, unknown>).length).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('0');
    } finally {
      off();
    }
  });
});

describe('header-only answers', () => {
  it('runs dialects on an empty body so header dialects can read it', async () => {
    const off = registerApiErrorDialect({ name: 'hdr', parse: (body, ctx) => (body === undefined && ctx.headers.get('x-err') ? { sourceCode: ctx.headers.get('x-err') } : undefined) });
    try {
      const error = normalizeApiError(await ApiResponseError.fromResponse(new Response(null, { status: 401, headers: { 'x-err': 'token_expired' } })));
      expect(error).toMatchObject({ sourceCode: 'token_expired', code: 'TOKEN_EXPIRED' });
    } finally {
      off();
    }
  });
});
