import '../withAllPacks.js';
import { describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import { CORPUS } from './corpus.js';
import type { CorpusRow } from './corpusRow.js';
import { KNOWN_GAPS } from './knownGaps.js';

/** Retry times are computed from the clock; allow a few seconds of slack. */
const RETRY_SLACK_MS = 3000;

async function check(row: CorpusRow): Promise<void> {
  const body = typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
  const response = new Response(row.status === 204 ? null : body, { status: row.status, headers: row.headers });
  const error = normalizeApiError(await ApiResponseError.fromResponse(response));
  const now = Date.now();
  const { expect: x } = row;
  const actual = {
    category: error.category,
    status: error.status,
    sourceCode: error.sourceCode,
    requestId: error.requestId,
    retry: error.retryAt === undefined ? undefined : 'set',
    fieldKeys: Object.keys(error.fieldErrors).sort(),
    retryable: error.retryable,
  };
  expect(actual).toEqual({
    category: x.category,
    status: x.status,
    sourceCode: x.sourceCode,
    requestId: x.requestId,
    retry: x.retryInSeconds === undefined ? undefined : 'set',
    fieldKeys: [...x.fieldKeys].sort(),
    retryable: x.retryable,
  });
  if (x.retryInSeconds !== undefined && error.retryAt !== undefined) {
    expect(Math.abs(error.retryAt - now - x.retryInSeconds * 1000)).toBeLessThanOrEqual(RETRY_SLACK_MS);
  }
}

describe('real-world corpus', () => {
  it('has at least 150 rows with unique names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((r) => r.name)).size).toBe(CORPUS.length);
  });

  it('lists only existing rows as known gaps', () => {
    const names = new Set(CORPUS.map((r) => r.name));
    for (const name of Object.keys(KNOWN_GAPS)) expect(names.has(name), name).toBe(true);
  });

  for (const row of CORPUS) {
    const gap = KNOWN_GAPS[row.name];
    if (gap === undefined) it(row.name, () => check(row));
    else it.fails(`${row.name} [known gap: ${gap}]`, () => check(row));
  }
});
