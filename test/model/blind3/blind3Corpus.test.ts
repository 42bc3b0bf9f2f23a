// Third blind corpus: vendors the first two corpora do not cover, written from their public
// error documentation and checked against what the contract implies. Same rules as ../blind/.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../withAllPacks.js';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiError, ApiErrorCategory } from '../../../src/model/types.js';
import { AMBIGUOUS3 } from './ambiguous.js';
import { DATA_CONTENT } from './dataContent.js';
import { FINANCE_BACKENDS } from './financeBackends.js';
import { FIREBASE_CHECK } from './firebaseCheck.js';
import { GATEWAYS } from './gateways.js';
import { HOSTING } from './hosting.js';
import { KNOWN_GAPS3 } from './knownGaps.js';
import { MESSAGING_OPS } from './messagingOps.js';
import { isThrown, NOW_MS, type HttpRow3, type Row3 } from './rows.js';
import { SOCIAL } from './social.js';
import { WORK_APPS } from './workApps.js';

const ROWS: readonly Row3[] = [...SOCIAL, ...WORK_APPS, ...DATA_CONTENT, ...MESSAGING_OPS, ...HOSTING, ...FINANCE_BACKENDS, ...GATEWAYS, ...FIREBASE_CHECK];

const RETRYABLE_CATEGORIES: ReadonlySet<ApiErrorCategory> = new Set(['connection', 'server', 'rate_limit', 'response']);

function toResponse(row: HttpRow3): Response {
  const headers = new Headers(row.headers);
  let body: string | null = null;
  if (typeof row.body === 'string') body = row.body;
  else if (row.body !== undefined) {
    body = JSON.stringify(row.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return new Response(body === '' ? null : body, { status: row.status, headers });
}

async function normalize(row: Row3): Promise<ApiError> {
  if (isThrown(row)) return normalizeApiError(row.thrown());
  return normalizeApiError(await ApiResponseError.fromResponse(toResponse(row)));
}

/** What the model shows for each expectation, next to what was expected: one object to compare. */
function compare(row: Row3, error: ApiError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const want = row.expect;
  const actual: Record<string, unknown> = { category: error.category };
  const expected: Record<string, unknown> = { category: want.category };
  if (want.status !== 'skip') {
    actual.status = error.status ?? null;
    expected.status = want.status !== undefined ? want.status : isThrown(row) ? null : row.status;
  }
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

describe('blind corpus 3', () => {
  it('has at least 120 distinct cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(120);
    expect(new Set([...ROWS, ...AMBIGUOUS3].map((r) => r.name)).size).toBe(ROWS.length + AMBIGUOUS3.length);
  });

  it('lists only known gaps that are rows', () => {
    const names = new Set(ROWS.map((r) => r.name));
    for (const name of Object.keys(KNOWN_GAPS3)) expect(names.has(name), name).toBe(true);
  });

  async function check(row: Row3): Promise<void> {
    const error = await normalize(row);
    const { actual, expected } = compare(row, error);
    expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
  }

  for (const row of ROWS) {
    const gap = KNOWN_GAPS3[row.name];
    if (gap === undefined) it(row.name, () => check(row));
    else it.fails(`${row.name} [known gap: ${gap}]`, () => check(row));
  }
});

describe('blind corpus 3: ambiguous rows (reported, not counted)', () => {
  it('runs every ambiguous row without throwing', async () => {
    const lines: string[] = [];
    for (const row of AMBIGUOUS3) {
      const { actual, expected } = compare(row, await normalize(row));
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      lines.push(`${same ? 'as leaned' : 'differs  '} ${row.name}: got ${String(actual.category)}, leaned ${String(expected.category)}`);
    }
    expect(lines).toHaveLength(AMBIGUOUS3.length);
    if (process.env.BLIND_VERBOSE) console.info(lines.join('\n'));
  });
});
