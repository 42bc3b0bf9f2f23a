import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { API_ERROR_CATEGORIES, type ApiError } from '../../src/model/types.js';

function check(error: ApiError): void {
  expect(API_ERROR_CATEGORIES).toContain(error.category);
  expect(typeof error.code).toBe('string');
  expect(error.serverMessage === undefined || error.serverMessage.length <= 500).toBe(true);
  expect(error.requestId === undefined || error.requestId.length <= 200).toBe(true);
  expect(Object.isFrozen(error)).toBe(true);
  expect(Object.isFrozen(error.fieldErrors)).toBe(true);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// Factories, not values: fast-check itself would trip over a Proxy that throws on every trap.
const HOSTILE: readonly (() => unknown)[] = [
  () => new Proxy({}, new Proxy({}, { get: () => () => { throw new Error('trap'); } })),
  () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; },
  () => Object.defineProperty({}, 'error', { get() { throw new Error('getter'); }, enumerable: true }),
  () => { const a: Record<string, unknown> = { code: 'x' }; a.self = a; a.error = a; return a; },
  () => JSON.parse('{"__proto__":{"polluted":1},"error":{"code":"__proto__","details":{"field":"__proto__"}}}'),
  () => ({ message: 'x'.repeat(2_000_000), code: 'y'.repeat(100_000) }),
  () => { let o: unknown = { code: 'deep' }; for (let i = 0; i < 10_000; i++) o = { error: o }; return o; },
  () => Object.assign(new Error('fetch failed'), { name: 'TypeError', cause: null }),
  () => ({ isAxiosError: true, response: { status: 'nope', headers: 7, data: new Proxy({}, { ownKeys() { throw new Error('x'); } }) } }),
  () => Object.defineProperty(new TypeError('fetch failed'), 'cause', { get() { throw new Error('x'); } }),
  () => ({ get isAxiosError(): unknown { throw new Error('x'); } }),
];
const hostile = fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((index) => ({ hostile: index }));

const arbitraryInput = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.anything(),
  hostile,
  fc.record({ error: fc.record({ code: fc.string(), message: fc.string() }) }),
  fc.record({ status: fc.oneof(fc.integer(), fc.constantFrom('FETCH_ERROR', 'PARSING_ERROR')), data: fc.jsonValue() }),
);

describe('normalizeApiError is total', () => {
  it('never throws on arbitrary values and hostile objects; same input gives the same object', () => {
    fc.assert(
      fc.property(arbitraryInput, (generated) => {
        const index = typeof generated === 'object' && generated !== null && 'hostile' in generated ? (generated).hostile : undefined;
        const input = typeof index === 'number' ? HOSTILE[index]!() : generated;
        const error = normalizeApiError(input);
        check(error);
        if (typeof input === 'object' && input !== null) expect(normalizeApiError(input)).toBe(error);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary JSON bodies, statuses and headers in a Response', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.string()),
        fc.integer({ min: 200, max: 599 }),
        fc.dictionary(fc.constantFrom('retry-after', 'x-ratelimit-reset', 'x-ratelimit-remaining', 'ratelimit', 'date', 'x-request-id'), fc.string().map((s) => s.replace(/[^\x20-\x7e]/g, ''))),
        async (body, status, headers) => {
          const init = status === 204 || status === 205 || status === 304 ? null : body;
          const error = normalizeApiError(await ApiResponseError.fromResponse(new Response(init, { status, headers })));
          check(error);
          expect(error.status).toBeDefined();
          if (error.retryAt !== undefined) {
            expect(error.retryAt).toBeGreaterThanOrEqual(Date.now() - 1000);
            expect(error.retryAt).toBeLessThanOrEqual(Date.now() + 7 * 24 * 3600 * 1000 + 1000);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('fromResponse never throws on used, locked or failing bodies', async () => {
    const used = new Response('x', { status: 500 });
    await used.text();
    const locked = new Response('x', { status: 500 });
    locked.body!.getReader();
    const failing = new Response(new ReadableStream({ pull(c) { c.error(new Error('reset')); } }), { status: 502 });
    for (const response of [used, locked]) {
      const error = await ApiResponseError.fromResponse(response);
      expect(error.bodyText).toBe('');
      expect(normalizeApiError(error).category).toBe('server');
    }
    // A body that fails mid-way is an answer that never fully arrived (contract section 1).
    const broken = await ApiResponseError.fromResponse(failing);
    expect(broken.bodyText).toBe('');
    expect(normalizeApiError(broken).category).toBe('connection');
  });

  it('fromResponse bounds what it reads', async () => {
    let pulls = 0;
    const stream = new ReadableStream({ pull(c) { pulls++; c.enqueue(new TextEncoder().encode('a'.repeat(64 * 1024))); } });
    const error = await ApiResponseError.fromResponse(new Response(stream, { status: 500 }));
    expect(error.bodyTruncated).toBe(true);
    expect(pulls).toBeLessThan(40);
    expect(error.bodyText.length).toBeLessThanOrEqual(64 * 1024);
  });
});
