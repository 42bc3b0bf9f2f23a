import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { parseLenientJson } from '../../src/model/http/lenientJson.js';
import { LIMITS } from '../../src/model/limits.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { API_ERROR_CATEGORIES } from '../../src/model/types.js';

const MB = 1024 * 1024;

/** A body that would go on for `totalBytes`, counting how many chunks the reader pulled. */
function endlessBody(totalBytes: number, chunkBytes = 64 * 1024) {
  const counter = { pulled: 0, cancelled: false };
  const chunk = new TextEncoder().encode('{"error":{"message":"' + 'A'.repeat(chunkBytes - 21)).subarray(0, chunkBytes);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += 1;
      if (counter.pulled * chunkBytes > totalBytes) controller.close();
      else controller.enqueue(chunk.slice());
    },
    cancel() {
      counter.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, counter };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fromResponse reads a bounded amount', () => {
  it('stops pulling a 256 MB stream soon after the 1 MiB cap and cancels it', async () => {
    const { stream, counter } = endlessBody(256 * MB);
    const error = await ApiResponseError.fromResponse(new Response(stream, { status: 500 }));
    // 16 chunks of 64 KiB fill the cap; a couple more may be in flight, never hundreds.
    expect(counter.pulled).toBeLessThanOrEqual(LIMITS.maxBodyBytes / (64 * 1024) + 2);
    expect(counter.cancelled).toBe(true);
    expect(error.bodyTruncated).toBe(true);
    expect(error.bodyText.length).toBeLessThanOrEqual(LIMITS.maxBodyTextChars);
    const normalized = normalizeApiError(error);
    expect(normalized.category).toBe('server');
    expect((normalized.serverMessage ?? '').length).toBeLessThanOrEqual(LIMITS.maxMessageChars);
  });

  it('a 1 MB single-line message ends up bounded everywhere', async () => {
    const huge = 'x'.repeat(MB);
    const error = normalizeApiError(await ApiResponseError.fromResponse(new Response(JSON.stringify({ message: huge, request_id: huge }), { status: 400 })));
    expect((error.serverMessage ?? '').length).toBeLessThanOrEqual(LIMITS.maxMessageChars);
    expect((error.requestId ?? '').length).toBeLessThanOrEqual(LIMITS.maxRequestIdChars);
  });
});

// Adversarial inputs for the recovery scanner: many candidate starts, unbalanced brackets,
// unterminated strings, escapes. Each is about 1 MB.
const ADVERSARIAL: readonly (readonly [string, string])[] = [
  ['many object starts', 'Notice: ' + '{"a":'.repeat(MB / 5)],
  ['unterminated strings', 'x' + '{"a":"'.repeat(MB / 6)],
  ['open brackets only', '<b>Warning</b> ' + '['.repeat(MB)],
  ['close brackets first', ']'.repeat(MB / 2) + '{'.repeat(MB / 2)],
  ['escapes everywhere', '{"a":"' + '\\\\\\"'.repeat(MB / 4)],
  ['balanced junk', 'PHP ' + '{x}'.repeat(MB / 3)],
  ['nested but invalid', 'notice ' + '{['.repeat(MB / 4) + ']}'.repeat(MB / 4) + 'x'],
];

describe('lenient JSON recovery does bounded work', () => {
  it.each(ADVERSARIAL)('%s: a bounded number of parse attempts, no catastrophic time', (_name, text) => {
    const parse = vi.spyOn(JSON, 'parse');
    const started = performance.now();
    parseLenientJson(text);
    const elapsed = performance.now() - started;
    // Linear by construction: one whole parse, then at most maxJsonRecoveryAttempts candidates.
    expect(parse.mock.calls.length).toBeLessThanOrEqual(1 + LIMITS.maxJsonRecoveryAttempts);
    // A guard against catastrophic backtracking, not a benchmark: linear work on 1 MB takes
    // milliseconds; a quadratic scan would take minutes. Generous for a busy machine.
    expect(elapsed).toBeLessThan(2000);
  });

  it('still recovers JSON after a PHP notice', () => {
    expect(parseLenientJson('<br />\n<b>Notice</b>: x {y} in file.php<br />\n{"code":"rest_x","message":"m"}')).toEqual({
      value: { code: 'rest_x', message: 'm' },
      recovered: true,
    });
  });

  it('the whole pipeline stays fast on each adversarial body', async () => {
    for (const [, text] of ADVERSARIAL) {
      const started = performance.now();
      const error = normalizeApiError(await ApiResponseError.fromResponse(new Response(text, { status: 200 })));
      expect(API_ERROR_CATEGORIES).toContain(error.category);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

const DEEP = 100_000;
const ARR = '__deep_array__';
const OBJ = '__deep_object__';

// Where each dialect and field-error extractor looks, with 100 000 levels underneath.
// Written with placeholders: JSON.stringify itself would overflow on the deep values.
const DEEP_BODIES: readonly (readonly [string, Record<string, unknown> | string])[] = [
  ['bare array', ARR],
  ['bare object', OBJ],
  ['seed error.details', { error: { code: 'VALIDATION_ERROR', message: 'kept', details: OBJ } }],
  ['seed errors map', { success: false, message: 'kept', errors: { field: ARR } }],
  ['RFC 9457 errors', { type: 'about:blank', title: 'kept', status: 422, errors: OBJ }],
  ['google details', { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'kept', details: ARR } }],
  ['GraphQL path', { errors: [{ message: 'kept', path: ARR, extensions: OBJ }] }],
  ['JSON:API source', { errors: [{ title: 'kept', source: OBJ, meta: ARR }] }],
  ['FastAPI loc', { detail: [{ loc: ARR, msg: 'kept' }] }],
  ['OData innerError', { error: { code: 'BadRequest', message: 'kept', innerError: OBJ, details: ARR } }],
  ['Django field tree', { name: ARR, address: OBJ }],
];

const deepArrayText = '['.repeat(DEEP) + ']'.repeat(DEEP);
const deepObjectText = '{"a":'.repeat(DEEP) + '"leaf"' + '}'.repeat(DEEP);

const asText = (template: Record<string, unknown> | string): string =>
  JSON.stringify(template).replaceAll(`"${ARR}"`, deepArrayText).replaceAll(`"${OBJ}"`, deepObjectText);
// JSON.parse is iterative in V8, so the parsed value is the deep object itself.
const asObject = (template: Record<string, unknown> | string): unknown => JSON.parse(asText(template));

describe('deeply nested bodies do not blow the stack', () => {
  it.each(DEEP_BODIES)('%s as an object, and as JSON text through fromResponse', async (_name, template) => {
    const direct = normalizeApiError(asObject(template));
    expect(API_ERROR_CATEGORIES).toContain(direct.category);
    for (const key of Object.keys(direct.fieldErrors)) expect(Array.isArray(direct.fieldErrors[key])).toBe(true);

    const text = asText(template);
    expect(text.length).toBeGreaterThan(DEEP);
    const viaHttp = normalizeApiError(await ApiResponseError.fromResponse(new Response(text, { status: 422 })));
    expect(viaHttp.category).toBe('request');
    expect(Object.isFrozen(viaHttp)).toBe(true);
  });

  it('a message next to a deep subtree survives (the dialect is not lost to a stack overflow)', () => {
    for (const [name, template] of DEEP_BODIES.slice(2, 10)) {
      expect(normalizeApiError(asObject(template)).serverMessage, name).toBe('kept');
    }
  });
});
