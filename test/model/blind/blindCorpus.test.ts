// Blind corpus: real-world failures written from public API documentation without looking at the
// team's corpus, each checked against what the contract implies. Ambiguous rows are reported only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../withAllPacks.js';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiError, ApiErrorCategory } from '../../../src/model/types.js';
import { AI_FINTECH } from './aiFintech.js';
import { AMBIGUOUS } from './ambiguous.js';
import { isThrownRow, NOW_MS, type BlindExpect, type BlindRow, type HttpRow } from './blindRow.js';
import { CDN_PROXIES } from './cdnProxies.js';
import { CHAT_COLLAB } from './chatCollab.js';
import { CLOUDS } from './clouds.js';
import { COMMERCE } from './commerce.js';
import { FRAMEWORKS } from './frameworks.js';
import { GRAPHQL } from './graphql.js';
import { IDENTITY } from './identity.js';
import { PAYMENTS } from './payments.js';
import { TIMING } from './timing.js';
import { TRANSPORT } from './transport.js';

const ROWS: readonly BlindRow[] = [...PAYMENTS, ...CHAT_COLLAB, ...CLOUDS, ...CDN_PROXIES, ...IDENTITY, ...FRAMEWORKS, ...COMMERCE, ...GRAPHQL, ...TIMING, ...TRANSPORT, ...AI_FINTECH];

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

async function normalize(row: BlindRow): Promise<ApiError> {
  if (isThrownRow(row)) return normalizeApiError(row.thrown());
  return normalizeApiError(await ApiResponseError.fromResponse(toResponse(row)));
}

/** What the model shows for each expectation, next to what was expected: one object to compare. */
function compare(row: BlindRow, error: ApiError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const want: BlindExpect = row.expect;
  const actual: Record<string, unknown> = { category: error.category };
  const expected: Record<string, unknown> = { category: want.category };
  const status = want.status !== undefined ? want.status : isThrownRow(row) ? null : row.status;
  actual.status = error.status ?? null;
  expected.status = status;
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
  if (want.fieldKeys !== 'skip') {
    actual.fieldKeys = Object.keys(error.fieldErrors).sort();
    expected.fieldKeys = [...(want.fieldKeys ?? [])].sort();
  }
  if (want.retryable !== 'skip') {
    actual.retryable = error.retryable;
    expected.retryable = want.retryable ?? RETRYABLE_CATEGORIES.has(want.category);
  }
  if (want.jsonRecovered !== undefined) {
    actual.jsonRecovered = error.jsonRecovered ?? false;
    expected.jsonRecovered = want.jsonRecovered;
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

describe('blind corpus', () => {
  it('has at least 120 distinct cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const error = await normalize(row);
    const { actual, expected } = compare(row, error);
    expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
  });
});

describe('blind corpus: ambiguous rows (reported, not counted)', () => {
  it('runs every ambiguous row without throwing', async () => {
    const lines: string[] = [];
    for (const row of AMBIGUOUS) {
      const { actual, expected } = compare(row, await normalize(row));
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      lines.push(`${same ? 'as leaned' : 'differs  '} ${row.name}: got ${String(actual.category)}, leaned ${String(expected.category)}`);
    }
    expect(lines).toHaveLength(AMBIGUOUS.length);
    if (process.env.BLIND_VERBOSE) console.info(lines.join('\n'));
  });
});
