// Fifth blind corpus: errors thrown by popular HTTP clients and vendor SDKs, built as each library
// builds them (class, own properties, nested response objects) and checked against what the
// contract implies. Same rules as ../blind/ and ../blind3/.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../withAllPacks.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiError, ApiErrorCategory } from '../../../src/model/types.js';
import { AI_SDKS } from './aiSdks.js';
import { AMBIGUOUS5 } from './ambiguous.js';
import { BACKEND_SDKS } from './backendSdks.js';
import { CLOUD_SDKS } from './cloudSdks.js';
import { HTTP_CLIENTS } from './httpClients.js';
import { GUARDS5 } from './guards.js';
import { KNOWN_GAPS5 } from './knownGaps.js';
import { PAYMENTS_MESSAGING } from './paymentsMessaging.js';
import { NOW_MS, type ThrownRow5 } from './rows.js';

const ROWS: readonly ThrownRow5[] = [...PAYMENTS_MESSAGING, ...CLOUD_SDKS, ...AI_SDKS, ...BACKEND_SDKS, ...HTTP_CLIENTS];

const RETRYABLE_CATEGORIES: ReadonlySet<ApiErrorCategory> = new Set(['connection', 'server', 'rate_limit', 'response']);

/** What the model shows for each expectation, next to what was expected: one object to compare. */
function compare(row: ThrownRow5, error: ApiError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const want = row.expect;
  const actual: Record<string, unknown> = { category: error.category };
  const expected: Record<string, unknown> = { category: want.category };
  if (want.status !== 'skip') {
    actual.status = error.status ?? null;
    expected.status = want.status ?? null;
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
  return { actual, expected };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW_MS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('blind corpus 5: thrown SDK and client errors', () => {
  it('has at least 120 distinct cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(120);
    expect(new Set([...ROWS, ...AMBIGUOUS5].map((r) => r.name)).size).toBe(ROWS.length + AMBIGUOUS5.length);
  });

  it('lists only known gaps that are rows', () => {
    const names = new Set(ROWS.map((r) => r.name));
    for (const name of Object.keys(KNOWN_GAPS5)) expect(names.has(name), name).toBe(true);
  });

  function check(row: ThrownRow5): void {
    const error = normalizeApiError(row.thrown());
    const { actual, expected } = compare(row, error);
    expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
  }

  for (const row of ROWS) {
    const gap = KNOWN_GAPS5[row.name];
    if (gap === undefined) {
      it(row.name, () => {
        check(row);
      });
    } else {
      it.fails(`${row.name} [known gap: ${gap}]`, () => {
        check(row);
      });
    }
  }
});

describe('blind corpus 5: shapes near the SDK reading, pinned (not counted)', () => {
  it.each(GUARDS5.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const error = normalizeApiError(row.thrown());
    const { actual, expected } = compare(row, error);
    expect(actual, `got ${JSON.stringify(actual)} via ${error.dialect ?? '-'}`).toEqual(expected);
  });
});

describe('blind corpus 5: ambiguous rows (reported, not counted)', () => {
  it('runs every ambiguous row without throwing', () => {
    const lines: string[] = [];
    for (const row of AMBIGUOUS5) {
      const { actual, expected } = compare(row, normalizeApiError(row.thrown()));
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      lines.push(`${same ? 'as leaned' : 'differs  '} ${row.name}: got ${String(actual.category)}, leaned ${String(expected.category)}`);
    }
    expect(lines).toHaveLength(AMBIGUOUS5.length);
    if (process.env.BLIND_VERBOSE) console.info(lines.join('\n'));
  });
});
