import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHeaderReader } from '../../src/model/http/headers.js';
import { parseLenientJson } from '../../src/model/http/lenientJson.js';
import { redactUrl } from '../../src/model/redact.js';
import { findRequestId } from '../../src/model/http/requestId.js';
import { sanitizeText } from '../../src/model/sanitizeText.js';
import { classify } from '../../src/model/classify.js';
import { codeKey } from '../../src/model/codeKey.js';
import { statusToCode } from '../../src/model/statusCodes.js';

describe('toHeaderReader', () => {
  it('reads Headers, axios-like headers and plain objects case-insensitively', () => {
    expect(toHeaderReader(new Headers({ 'X-Request-Id': 'a' })).get('x-request-id')).toBe('a');
    const axiosLike = { store: { 'retry-after': '5' }, get(n: string) { return this.store[n.toLowerCase() as 'retry-after']; }, has: () => true };
    expect(toHeaderReader(axiosLike).get('Retry-After')).toBe('5');
    expect(toHeaderReader({ 'Set-Cookie': ['a', 'b'], 'X-N': 3 }).get('set-cookie')).toBe('a, b');
    expect(toHeaderReader({ 'X-N': 3 }).get('x-n')).toBe('3');
    expect(toHeaderReader(null).get('x')).toBeUndefined();
    expect(toHeaderReader({ get: () => { throw new Error('x'); }, has: () => true }).get('x')).toBeUndefined();
  });
});

describe('parseLenientJson', () => {
  it.each([
    ['{"a":1}', { a: 1 }, false],
    ['  [{"a":1}] ', [{ a: 1 }], false],
    ['<br />\n<b>Warning</b>: foo() in /x.php on line 3<br />\n{"code":"x","m":"a } b"}', { code: 'x', m: 'a } b' }, true],
    ['Notice: Undefined [index] in x\n{"ok":false}', { ok: false }, true],
    ['{"error":"x"}\n<!-- page generated in 0.2s -->', { error: 'x' }, true],
    ['Deprecated: x [1] y\n[{"id":1}]', [{ id: 1 }], true],
  ])('recovers %j', (text, value, recovered) => {
    expect(parseLenientJson(text)).toEqual({ value, recovered });
  });

  it.each(['', 'Bad gateway', '<!DOCTYPE html><html><style>a{b:c}</style><script>var x = {"a":1}</script></html>', '{"unterminated": ', 'x [0] y'])(
    'gives nothing for %j',
    (text) => { expect(parseLenientJson(text)).toBeUndefined(); },
  );

  it('stays fast on adversarial input', () => {
    const text = '{'.repeat(200_000) + '"'.repeat(100_000);
    const start = performance.now();
    expect(parseLenientJson(text)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('redactUrl', () => {
  it.each([
    ['https://api.test/x?token=abc&page=2', 'https://api.test/x?token=[redacted]&page=2'],
    ['/wp-json/wc/v3/orders?consumer_key=ck_1&consumer_secret=cs_2', '/wp-json/wc/v3/orders?consumer_key=[redacted]&consumer_secret=[redacted]'],
    ['https://user:pw@host.test/p', 'https://[redacted]@host.test/p'],
    ['https://host.test/cb#access_token=xyz&state=1', 'https://host.test/cb#access_token=[redacted]&state=1'],
    ['/x?API-KEY=1&Sig=2&code=3&session=4', '/x?API-KEY=[redacted]&Sig=[redacted]&code=[redacted]&session=[redacted]'],
    ['/plain/path', '/plain/path'],
  ])('%s', (url, expected) => { expect(redactUrl(url)).toBe(expected); });
});

describe('findRequestId', () => {
  const h = (o: Record<string, string>) => toHeaderReader(o);
  it.each([
    [undefined, { request_id: 'b1' }, {}, 'b1'],
    [undefined, { error: { requestId: 'b2' } }, { 'x-request-id': 'h' }, 'b2'],
    [undefined, { error: { innerError: { 'request-id': 'g1' } } }, {}, 'g1'],
    ['d1', { request_id: 'b1' }, {}, 'd1'],
    [undefined, {}, { 'X-Request-Id': ' h1 ' }, 'h1'],
    [undefined, {}, { 'x-amzn-RequestId': 'aws' }, 'aws'],
    [undefined, {}, { 'x-github-request-id': 'gh', 'cf-ray': 'ray' }, 'gh'],
    [undefined, {}, { 'cf-ray': '8a1b-LHR' }, '8a1b-LHR'],
    [undefined, {}, {}, undefined],
  ])('%j %j %j', (dialectId, body, headers, expected) => {
    expect(findRequestId(dialectId, body, h(headers))).toBe(expected);
  });

  it('bounds the length', () => {
    expect(findRequestId('x'.repeat(5000), undefined, h({}))!.length).toBeLessThanOrEqual(200);
  });
});

describe('sanitizeText', () => {
  it('strips controls and bidi, collapses space, bounds', () => {
    expect(sanitizeText('  a\u202E\u0007b \n\t c ')).toBe('ab c');
    expect(sanitizeText('   ')).toBeUndefined();
    expect(sanitizeText('x'.repeat(2000))!.length).toBe(500);
  });

  // The fast path for plain ASCII must answer exactly what the full cleaning answers.
  it('answers like the full cleaning for any text, fast path or not', () => {
    // eslint-disable-next-line no-control-regex
    const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
    const reference = (value: string, max: number): string | undefined => {
      const clean = value.slice(0, max * 4).replace(unsafe, '').replace(/\s+/g, ' ').trim();
      if (clean === '') return undefined;
      return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
    };
    const pieces = fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '\u00a0', '\u202e', '\u0007', 'é', '~', '\u007f', '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (parts, max) => {
        const value = parts.join('');
        expect(sanitizeText(value, max)).toBe(reference(value, max));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('codeKey', () => {
  // The fast path for one-word codes must answer exactly what the full normalization answers.
  it('answers like the full normalization for any code', () => {
    const reference = (code: string): string =>
      code.trim().slice(0, 200).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    const pieces = fc.constantFrom('a', 'Z', '9', '_', '__', '-', ' ', '.', 'ß', 'ı', '[', '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const code = parts.join('');
        expect(codeKey(code)).toBe(reference(code));
      }),
      { numRuns: 2000 },
    );
    expect(codeKey('x'.repeat(250))).toBe('X'.repeat(200));
  });
});

describe('statusToCode and classify order', () => {
  it.each([
    [400, 'INVALID_REQUEST'], [401, 'UNAUTHORIZED'], [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'], [404, 'NOT_FOUND'],
    [405, 'METHOD_NOT_ALLOWED'], [408, 'CONNECTION_TIMEOUT'], [409, 'CONFLICT'], [410, 'GONE'], [412, 'PRECONDITION_FAILED'],
    [413, 'REQUEST_TOO_LARGE'], [415, 'UNSUPPORTED_MEDIA_TYPE'], [422, 'VALIDATION_ERROR'], [423, 'RESOURCE_LOCKED'],
    [429, 'RATE_LIMIT_EXCEEDED'], [500, 'INTERNAL_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
    [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [418, 'INVALID_REQUEST'], [599, 'INTERNAL_ERROR'],
    [302, 'UNEXPECTED_RESPONSE_CODE'], [101, 'UNEXPECTED_RESPONSE_CODE'], [0, 'NETWORK_ERROR'],
  ])('%i -> %s', (status, code) => { expect(statusToCode(status)).toBe(code); });

  it.each([
    [{ sourceCode: 'API02002', status: 500 }, 'TOKEN_EXPIRED'],
    [{ sourceCode: 'zzz', categoryHint: 'rate_limit' as const, status: 400 }, 'RATE_LIMIT_EXCEEDED'],
    [{ sourceCode: 'zzz', categoryHint: 'server' as const, status: 503 }, 'SERVICE_UNAVAILABLE'],
    [{ sourceCode: 'zzz', status: 400, rateLimitEvidence: true }, 'RATE_LIMIT_EXCEEDED'],
    [{ sourceCode: 'session_expired', status: 403 }, 'TOKEN_EXPIRED'],
    [{ sourceCode: 'customer_api_key_expired', status: 401 }, 'API_KEY_EXPIRED'],
    [{ sourceCode: 'RequestThrottled', status: 400 }, 'RATE_LIMIT_EXCEEDED'],
    [{ sourceCode: 'order_not_found', status: 400 }, 'NOT_FOUND'],
    [{ sourceCode: 'field_invalid_value', status: 404 }, 'NOT_FOUND'],
    [{ sourceCode: 'field_invalid_value', status: 400 }, 'INVALID_REQUEST'],
    [{ sourceCode: 'bogus' }, 'UNKNOWN_ERROR'],
    [{ sourceCode: 'UNKNOWN_ERROR', status: 503 }, 'SERVICE_UNAVAILABLE'],
  ])('%j -> %s', (input, code) => { expect(classify({ bodyKind: 'json', ...input })).toBe(code); });
});
