// The one runner of the corpus: every row, HTTP or thrown, is normalized the same way and
// compared field by field with what the contract implies.
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { allDialects } from '../../../src/dialects.js';
import { registerApiErrorDialect } from '../../../src/model/dialectRegistry.js';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiError, ApiErrorCategory } from '../../../src/model/types.js';
import { isThrown, NOW_MS, type CorpusRow, type HttpRow } from './row.js';

/**
 * Installs every dialect pack the kit ships (`react-api-error-kit/dialects`), and returns what
 * removes them again: the corpus holds vendors' answers.
 */
export function registerCorpusPacks(): () => void {
  return registerApiErrorDialect(allDialects);
}

/** Runs the file's rows at the corpus clock, with the packs installed unless `packs` is false. */
export function setUpCorpus({ packs }: { readonly packs: boolean }): void {
  let remove: () => void = () => undefined;
  beforeAll(() => {
    if (packs) remove = registerCorpusPacks();
  });
  afterAll(() => {
    remove();
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW_MS);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

const RETRYABLE_CATEGORIES: ReadonlySet<ApiErrorCategory> = new Set(['connection', 'server', 'rate_limit', 'response']);
/** Statuses whose Response may not carry a body at all. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

function toResponse(row: HttpRow): Response {
  const headers = new Headers(row.headers);
  let body: string | null = null;
  if (typeof row.body === 'string') body = row.body;
  else if (row.body !== undefined) {
    body = JSON.stringify(row.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return new Response(body === '' || NULL_BODY_STATUSES.has(row.status) ? null : body, { status: row.status, headers });
}

export async function normalizeRow(row: CorpusRow): Promise<ApiError> {
  if (isThrown(row)) return normalizeApiError(row.thrown());
  return normalizeApiError(await ApiResponseError.fromResponse(toResponse(row)));
}

/** What the model shows for each expectation, next to what was expected: one object to compare. */
export function compare(row: CorpusRow, error: ApiError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const want = row.expect;
  const actual: Record<string, unknown> = { category: error.category };
  const expected: Record<string, unknown> = { category: want.category };
  if (want.code !== undefined) {
    actual.code = error.code;
    expected.code = want.code;
  }
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
    expected.retryable = want.retryable ?? (RETRYABLE_CATEGORIES.has(want.category) || (want.retryInSeconds ?? null) !== null);
  }
  if (want.jsonRecovered !== undefined) {
    actual.jsonRecovered = error.jsonRecovered ?? false;
    expected.jsonRecovered = want.jsonRecovered;
  }
  return { actual, expected };
}

/** Fails with what the model gave (and which dialect read it) when a row does not hold. */
export async function checkRow(row: CorpusRow): Promise<void> {
  const error = await normalizeRow(row);
  const { actual, expected } = compare(row, error);
  expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
}

/** Whether a row holds, for runs that count rather than fail. */
export async function rowHolds(row: CorpusRow): Promise<boolean> {
  const { actual, expected } = compare(row, await normalizeRow(row));
  return JSON.stringify(actual) === JSON.stringify(expected);
}
