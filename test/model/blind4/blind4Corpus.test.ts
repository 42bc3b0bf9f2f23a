// Fourth blind corpus: the HEADERS of real vendors (rate limits, retry timing, request ids), each
// row written from the vendor's public documentation and run through a real `Response`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../withAllPacks.js';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiError, ApiErrorCategory } from '../../../src/model/types.js';
import { AMBIGUOUS4 } from './ambiguous.js';
import { CLOCKS } from './clocks.js';
import { COLLAB_LIMITS } from './collabLimits.js';
import { KNOWN_GAPS4 } from './knownGaps.js';
import { PLATFORM_LIMITS } from './platformLimits.js';
import { REQUEST_IDS } from './requestIds.js';
import { NOW_MS, type HttpRow } from './rows.js';

const ROWS: readonly HttpRow[] = [...COLLAB_LIMITS, ...PLATFORM_LIMITS, ...CLOCKS, ...REQUEST_IDS];

const RETRYABLE_CATEGORIES: ReadonlySet<ApiErrorCategory> = new Set(['connection', 'server', 'rate_limit', 'response']);

function toResponse(row: HttpRow): Response {
  const headers = new Headers(row.headers);
  let body: string | null = null;
  if (typeof row.body === 'string') body = row.body;
  else if (row.body !== undefined) {
    body = JSON.stringify(row.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return new Response(body === '' ? null : body, { status: row.status, headers });
}

async function normalize(row: HttpRow): Promise<ApiError> {
  return normalizeApiError(await ApiResponseError.fromResponse(toResponse(row)));
}

/** The fields this corpus is about, next to what was expected: one object to compare. */
function compare(row: HttpRow, error: ApiError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const want = row.expect;
  const actual: Record<string, unknown> = { category: error.category, status: error.status ?? null };
  const expected: Record<string, unknown> = { category: want.category, status: want.status !== undefined ? want.status : row.status };
  if (want.sourceCode !== undefined) {
    actual.sourceCode = error.sourceCode ?? null;
    expected.sourceCode = want.sourceCode;
  }
  if (want.requestId !== undefined) {
    actual.requestId = error.requestId ?? null;
    expected.requestId = want.requestId;
  }
  if (want.retryInSeconds !== undefined) {
    const seconds = error.retryAt === undefined ? null : (error.retryAt - NOW_MS) / 1000;
    const close = want.retryInSeconds !== null && seconds !== null && Math.abs(seconds - want.retryInSeconds) <= 3;
    actual.retryInSeconds = close ? want.retryInSeconds : seconds;
    expected.retryInSeconds = want.retryInSeconds;
  }
  if (want.retryable !== 'skip') {
    actual.retryable = error.retryable;
    expected.retryable = want.retryable ?? (RETRYABLE_CATEGORIES.has(want.category) || (want.retryInSeconds ?? null) !== null);
  }
  return { actual, expected };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW_MS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('blind corpus 4 (headers)', () => {
  it('has distinct names, and lists only known gaps that are rows', () => {
    expect(new Set([...ROWS, ...AMBIGUOUS4].map((r) => r.name)).size).toBe(ROWS.length + AMBIGUOUS4.length);
    const names = new Set(ROWS.map((r) => r.name));
    for (const name of Object.keys(KNOWN_GAPS4)) expect(names.has(name), name).toBe(true);
  });

  async function check(row: HttpRow): Promise<void> {
    const error = await normalize(row);
    const { actual, expected } = compare(row, error);
    expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
  }

  for (const row of ROWS) {
    const gap = KNOWN_GAPS4[row.name];
    if (gap === undefined) it(row.name, () => check(row));
    else it.fails(`${row.name} [known gap: ${gap}]`, () => check(row));
  }
});

describe('blind corpus 4: ambiguous rows (reported, not counted)', () => {
  it('runs every ambiguous row without throwing', async () => {
    const lines: string[] = [];
    for (const row of AMBIGUOUS4) {
      const { actual, expected } = compare(row, await normalize(row));
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      lines.push(`${same ? 'as leaned' : 'differs  '} ${row.name}: got ${JSON.stringify(actual)}, leaned ${JSON.stringify(expected)}`);
    }
    expect(lines).toHaveLength(AMBIGUOUS4.length);
    if (process.env.BLIND_VERBOSE) console.info(lines.join('\n'));
  });
});
