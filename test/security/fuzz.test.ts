import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { API_ERROR_CODES } from '../../src/model/codes.js';
import { LIMITS } from '../../src/model/limits.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { API_ERROR_CATEGORIES, type ApiError } from '../../src/model/types.js';

// `npm run fuzz` sets FUZZ_RUNS=100000; the normal test run keeps a small count.
const RUNS = Number(process.env.FUZZ_RUNS) || 1500;
const TIMEOUT = Math.max(30_000, RUNS * 5);

const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF', '\u0000\u0007\u001B[31m', '__proto__', 'constructor', 'toString', '{"a":', ']]]]', '%s%n',
  'Authorization: Bearer abcdefghijklmnop', ' '.repeat(600), 'é'.repeat(700), '𝒳'.repeat(300),
];
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'grapheme', maxLength: 40 }));
const code = fc.oneof(
  fc.constantFrom(
    'TOKEN_EXPIRED', 'API02002', 'API05001', 'rest_forbidden', 'rest_no_route', 'jwt_auth_invalid_token', 'UNAUTHENTICATED',
    'RESOURCE_EXHAUSTED', 'ThrottlingException', 'ratelimited', 'card_declined', 'invalid_auth', 'ORDER_NOT_FOUND',
    '__proto__', 'constructor', 'UNKNOWN_ERROR', '',
  ),
  text,
);
const fieldKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'email', 'address.city', 'items.0.sku', ''), text);
const messages = fc.oneof(text, fc.array(text, { maxLength: 4 }), fc.constant(null), fc.integer());
const pointer = fc.oneof(fc.constantFrom('/data/attributes/email', '/data/attributes/__proto__/polluted', '/', ''), text);
const GRPC = ['INVALID_ARGUMENT', 'UNAUTHENTICATED', 'PERMISSION_DENIED', 'NOT_FOUND', 'RESOURCE_EXHAUSTED', 'UNAVAILABLE', 'INTERNAL'];
const typeUrl = (name: string) => `type.googleapis.com/google.rpc.${name}`;

const BODIES = {
  seedError: fc.record({ error: fc.record({ code, message: text, details: fc.oneof(fc.jsonValue(), fc.record({ field: fieldKey })) }, { requiredKeys: [] }) }),
  seedSuccessFalse: fc.record({ success: fc.constant(false), errors: fc.dictionary(fieldKey, messages, { maxKeys: 6 }), message: text, error_code: code }, { requiredKeys: ['success'] }),
  seedStatusError: fc.record({ code: fc.integer({ min: 100, max: 599 }), status: fc.constant('error'), message: text, error: fc.record({ code, message: text }) }),
  seedFlat: fc.record({ code, message: text, request_id: text }),
  problem: fc.record({
    type: fc.oneof(fc.constant('about:blank'), fc.webUrl(), text), title: text, status: fc.oneof(fc.integer({ min: 0, max: 999 }), text), detail: text, instance: text,
    errors: fc.oneof(fc.array(fc.record({ detail: text, pointer }), { maxLength: 4 }), fc.dictionary(fieldKey, messages, { maxKeys: 4 })),
  }, { requiredKeys: ['title'] }),
  google: fc.record({
    error: fc.record({
      code: fc.integer({ min: 0, max: 599 }), status: fc.constantFrom(...GRPC), message: text,
      details: fc.array(fc.oneof(
        fc.record({ '@type': fc.constant(typeUrl('ErrorInfo')), reason: code, domain: text, metadata: fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }) }),
        fc.record({ '@type': fc.constant(typeUrl('RetryInfo')), retryDelay: fc.oneof(fc.nat().map((n) => `${String(n)}s`), fc.constantFrom('-5s', 'NaNs', '1e309s', '0.5s'), text) }),
        fc.record({ '@type': fc.constant(typeUrl('BadRequest')), fieldViolations: fc.array(fc.record({ field: fieldKey, description: text }), { maxLength: 4 }) }),
        fc.record({ '@type': fc.constant(typeUrl('RequestInfo')), requestId: text }),
        fc.record({ '@type': fc.constant(typeUrl('LocalizedMessage')), locale: text, message: text }),
      ), { maxLength: 5 }),
    }, { requiredKeys: ['code'] }),
  }),
  graphql: fc.record({
    errors: fc.array(fc.record({ message: text, path: fc.array(fc.oneof(fc.string(), fc.nat())), extensions: fc.record({ code, retryAfter: fc.oneof(fc.double(), fc.nat()) }, { requiredKeys: [] }) }, { requiredKeys: [] }), { maxLength: 4 }),
    data: fc.constantFrom(null, undefined),
  }, { requiredKeys: ['errors'] }),
  jsonApi: fc.record({ errors: fc.array(fc.record({ status: fc.oneof(fc.integer({ min: 100, max: 599 }).map(String), text), code, title: text, detail: text, source: fc.record({ pointer }) }, { requiredKeys: [] }), { maxLength: 4 }) }),
  wordpress: fc.record({ code: fc.oneof(code, text.map((t) => `rest_${t}`)), message: text, data: fc.record({ status: fc.oneof(fc.integer({ min: 0, max: 999 }), text), params: fc.dictionary(fieldKey, text, { maxKeys: 3 }) }, { requiredKeys: [] }) }),
  stripe: fc.record({ error: fc.record({ type: fc.oneof(fc.constantFrom('card_error', 'invalid_request_error', 'api_error', 'rate_limit_error', 'authentication_error', 'idempotency_error'), text), code, param: fieldKey, message: text, doc_url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')) }, { requiredKeys: ['type'] }) }),
  odata: fc.record({ error: fc.record({ code, message: fc.oneof(text, fc.record({ lang: text, value: text })), target: fieldKey, details: fc.array(fc.record({ code, message: text, target: fieldKey }), { maxLength: 3 }), innerError: fc.record({ 'request-id': text, date: text, code }, { requiredKeys: [] }) }, { requiredKeys: [] }) }),
  aws: fc.record({ __type: fc.oneof(fc.constantFrom('ThrottlingException', 'com.amazon.coral.service#ExpiredTokenException', 'ValidationException', 'AccessDeniedException'), text), message: text, Message: text }, { requiredKeys: ['__type'] }),
  slack: fc.record({ ok: fc.constant(false), error: code, warning: text, response_metadata: fc.record({ messages: fc.array(text, { maxLength: 3 }) }) }, { requiredKeys: ['ok', 'error'] }),
  anything: fc.jsonValue({ maxDepth: 4 }),
};

const jsonBody = fc.oneof(...Object.values(BODIES));
const htmlPage = fc.tuple(text, text).map(([title, h1]) => `<!DOCTYPE html><html><head><title>${title}</title><style>body{x:1}</style></head><body><h1>${h1}</h1><script>var a={"b":1}</script></body></html>`);
const bodyText = fc.oneof(
  jsonBody.map((b) => JSON.stringify(b) ?? ''),
  // A PHP notice or stray HTML before (and after) the JSON.
  fc.tuple(text, jsonBody, text).map(([before, body, after]) => `<br />\n<b>Notice</b>: ${before} in x.php<br />\n${JSON.stringify(body) ?? ''}${after}`),
  htmlPage,
  text,
  fc.constant(''),
);

// Header values must be ByteStrings without CR/LF/NUL, or `new Headers` refuses them.
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e]/g, '');
const now = () => Date.now();
const httpDate = fc.integer({ min: -1e13, max: 1e13 }).map((offset) => new Date(Date.now() + offset).toUTCString());
const numberish = fc.oneof(
  fc.integer({ min: -10, max: 1e6 }).map(String), fc.double({ noNaN: false }).map(String),
  fc.integer({ min: 0, max: 4e9 }).map(String), fc.constant(String(Math.round(Date.now() / 1000) + 30)), fc.constant(String(Date.now() + 5000)),
  fc.constantFrom('', '-1', '1e309', 'NaN', 'Infinity', '0x10', '12abc', ' 7 ', '6m0s', '250ms', '1h2m3.5s'),
);
const headerValue = fc.oneof(numberish, httpDate, text.map(headerSafe));
const HEADER_NAMES = [
  'retry-after', 'retry-after-ms', 'x-ms-retry-after-ms', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-reset-after',
  'x-rate-limit-reset', 'ratelimit-remaining', 'ratelimit-reset', 'x-ratelimit-remaining-requests', 'x-ratelimit-reset-requests',
  'x-ratelimit-reset-tokens', 'date', 'x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'cf-ray',
  'x-amzn-errortype', 'www-authenticate', 'content-type',
] as const;
const structuredRateLimit = fc.tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 1e10 })).map(([r, t]) => `"default";r=${String(r)};t=${String(t)}`);
const headers = fc.tuple(
  fc.dictionary(fc.constantFrom(...HEADER_NAMES), headerValue, { maxKeys: 6 }),
  fc.option(fc.oneof(structuredRateLimit, fc.tuple(fc.nat(), fc.nat()).map(([r, t]) => `limit=100, remaining=${String(r)}, reset=${String(t)}`))),
  fc.option(fc.constantFrom('application/json', 'application/problem+json', 'text/html; charset=utf-8', 'text/plain')),
).map(([dict, ratelimit, contentType]) => ({ ...dict, ...(ratelimit ? { ratelimit } : {}), ...(contentType ? { 'content-type': contentType } : {}) }));
const status = fc.oneof(fc.constantFrom(200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504), fc.integer({ min: 200, max: 599 }));

// eslint-disable-next-line no-control-regex -- control characters are what the check looks for
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** The invariants every ApiError keeps, whatever went in. */
function check(error: ApiError, before: number, after: number): void {
  expect(API_ERROR_CATEGORIES).toContain(error.category);
  expect(Object.prototype.hasOwnProperty.call(API_ERROR_CODES, error.code)).toBe(true);
  expect(API_ERROR_CODES[error.code as keyof typeof API_ERROR_CODES].category).toBe(error.category);
  expect(typeof error.retryable).toBe('boolean');
  expect(Object.isFrozen(error)).toBe(true);
  if (error.retryAt !== undefined) {
    expect(Number.isFinite(error.retryAt)).toBe(true);
    expect(error.retryAt).toBeGreaterThanOrEqual(before);
    expect(error.retryAt).toBeLessThanOrEqual(after + LIMITS.maxRetryDelayMs);
  }
  if (error.status !== undefined) expect(Number.isInteger(error.status) && error.status >= 100 && error.status <= 599).toBe(true);
  for (const value of [error.serverMessage, error.requestId, error.sourceCode]) {
    if (value === undefined) continue;
    expect(typeof value).toBe('string');
    expect(value.length).toBeLessThanOrEqual(LIMITS.maxMessageChars);
    expect(value).not.toMatch(UNSAFE);
  }
  const keys = Object.keys(error.fieldErrors);
  expect(keys.length).toBeLessThanOrEqual(LIMITS.maxFieldKeys);
  for (const key of keys) {
    expect(typeof key).toBe('string');
    const list = error.fieldErrors[key];
    expect(Array.isArray(list)).toBe(true);
    for (const m of list ?? []) {
      expect(typeof m).toBe('string');
      expect(m.length).toBeLessThanOrEqual(LIMITS.maxMessageChars);
    }
  }
  // No prototype pollution: nothing new on Object.prototype, `{}` has no stray properties.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe(`fuzz (${String(RUNS)} runs per property)`, () => {
  it('Response bodies of every dialect with every header combination', async () => {
    await fc.assert(
      fc.asyncProperty(bodyText, status, headers, async (body, code, init) => {
        const noBody = code === 204 || code === 205 || code === 304;
        const before = now();
        const response = new Response(noBody ? null : body, { status: code, headers: init });
        const thrown = await ApiResponseError.fromResponse(response, { method: 'POST', url: '/api/x?token=t' });
        const error = normalizeApiError(thrown);
        check(error, before, now());
        expect(normalizeApiError(thrown)).toBe(error);
        expect(error.request?.url).toBe('/api/x?token=[redacted]');
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the same bodies handed over directly, and inside axios-style errors', () => {
    fc.assert(
      fc.property(jsonBody, status, headers, (body, code, init) => {
        const before = now();
        const direct = normalizeApiError(body);
        check(direct, before, now());
        if (typeof body === 'object' && body !== null) expect(normalizeApiError(body)).toBe(direct);
        const axios = { isAxiosError: true, config: { method: 'get', url: '/x' }, response: { status: code, headers: init, data: body } };
        const viaAxios = normalizeApiError(axios);
        check(viaAxios, before, now());
        expect(normalizeApiError(axios)).toBe(viaAxios);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('ApiError-shaped objects with arbitrary field values', () => {
    const category = fc.constantFrom(...API_ERROR_CATEGORIES);
    const codes = Object.keys(API_ERROR_CODES);
    fc.assert(
      fc.property(
        fc.record({
          category, code: fc.constantFrom(...codes), retryable: fc.boolean(), fieldErrors: fc.dictionary(fieldKey, messages, { maxKeys: 5 }),
          serverMessage: fc.anything(), requestId: fc.anything(), sourceCode: fc.anything(), status: fc.anything(),
          retryAt: fc.oneof(fc.double(), fc.anything()), occurredAt: fc.anything(), request: fc.anything(),
        }, { requiredKeys: ['category', 'code', 'retryable', 'fieldErrors'] }),
        (input) => {
          const before = now();
          const error = normalizeApiError(input);
          // A foreign retryAt may lie in the past (the wait is over); only the upper bound is enforced.
          check(Object.freeze({ ...error, retryAt: error.retryAt === undefined ? undefined : Math.max(error.retryAt, before) }), before, now());
          expect(normalizeApiError(input)).toBe(error);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
