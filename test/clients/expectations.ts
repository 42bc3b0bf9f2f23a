import { expect } from 'vitest';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import type { ApiError } from '../../src/model/types.js';
import type { ClientAdapter, Outcome } from './adapters/clientAdapter.js';
import type { FaultCase, HttpCase } from './cases.js';

/** Retry times come from the clock; a few seconds of slack. */
const RETRY_SLACK_MS = 3000;

/** What the app hands to the model: the failure, or for a resolved 2xx that reports one, the body. */
export function handOver(outcome: Outcome): ApiError {
  return normalizeApiError(outcome.value);
}

/**
 * Checks an HTTP case: category, status, source code, request id, retry time, field keys and
 * retryable as the case states them, less what the client by design keeps from the app
 * (headers; the status, when only the body of a resolved 2xx is handed over).
 */
export function expectHttpCase(client: ClientAdapter, c: HttpCase, outcome: Outcome): void {
  if (client.byDesign?.[c.row.name]) { expectByDesign(client, c.row.name, outcome); return; }
  const x = c.row.expect;
  if (outcome.how === 'succeeded') expect(c.reportsFailure, `${client.name} resolved a failure answer`).toBe(true);
  const bodyOnly = outcome.how === 'succeeded' || outcome.bodyOnly !== undefined;
  const headersLost = bodyOnly || client.hidesHeaders !== undefined;
  const lost = new Set([...(headersLost ? c.fromHeaders : []), ...(client.hiddenFields ?? []).filter((f) => c.fromHeaders.includes(f))]);
  const error = handOver(outcome);
  const actual = {
    category: error.category,
    status: error.status,
    sourceCode: error.sourceCode,
    requestId: error.requestId,
    retry: error.retryAt === undefined ? undefined : 'set',
    fieldKeys: Object.keys(error.fieldErrors).sort(),
    retryable: error.retryable,
  };
  const retryLost = lost.has('retry');
  expect(actual, `${client.name} gave ${JSON.stringify(actual)}`).toEqual({
    category: x.category,
    status: bodyOnly ? c.bodyStatus : x.status,
    sourceCode: x.sourceCode,
    requestId: lost.has('requestId') ? undefined : x.requestId,
    retry: x.retryInSeconds === undefined || retryLost ? undefined : 'set',
    fieldKeys: [...x.fieldKeys].sort(),
    // A rate limit stays retryable without its time; anything else kept retryable only by its wait is not.
    retryable: retryLost && x.category !== 'rate_limit' && x.category !== 'server' ? false : x.retryable,
  });
  if (x.retryInSeconds !== undefined && error.retryAt !== undefined) {
    expect(Math.abs(error.retryAt - Date.now() - x.retryInSeconds * 1000)).toBeLessThanOrEqual(RETRY_SLACK_MS);
  }
}

/** Checks a fault case: the category, code where every client can know it, no status unless an answer came, retryable. */
/** A case the client by design reports differently: what it does instead, asserted as stated. */
function expectByDesign(client: ClientAdapter, key: string, outcome: Outcome): void {
  const special = client.byDesign?.[key];
  if (!special) throw new Error(`no by-design entry ${key}`);
  const { valueType, how, ...rest } = special.expect;
  if (how !== undefined) expect(outcome.how).toBe(how);
  if (valueType !== undefined) expect(typeof outcome.value).toBe(valueType);
  if (Object.keys(rest).length > 0) {
    const error = handOver(outcome);
    expect(error, `${client.name} gave ${JSON.stringify({ ...error, cause: undefined })}`).toMatchObject(rest);
  }
}

export function expectFaultCase(client: ClientAdapter, c: FaultCase, outcome: Outcome): void {
  if (client.byDesign?.[c.target]) { expectByDesign(client, c.target, outcome); return; }
  expect(outcome.how, `${client.name} did not fail`).not.toBe('succeeded');
  const error = handOver(outcome);
  const actual = { category: error.category, status: error.status, retryable: error.retryable, ...(c.expect.code && { code: error.code }) };
  expect(actual, `${client.name} gave ${JSON.stringify({ ...actual, code: error.code, sourceCode: error.sourceCode })}`).toEqual({
    category: c.expect.category,
    status: c.expect.status,
    retryable: c.expect.retryable,
    ...(c.expect.code && { code: c.expect.code }),
  });
}
