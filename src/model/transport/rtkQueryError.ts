import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, getString, isRecord } from '../safeAccess.js';
import { bodyParts } from './httpParts.js';
import { unparsedAnswer } from './unparsedAnswer.js';

const RTK_KEYS = /* @__PURE__ */ new Set(['status', 'data', 'originalStatus', 'error']);

/** RTK Query's string statuses that mean the request got no usable answer. */
const RTK_STATUS_CODES: Readonly<Record<string, ApiErrorCode | undefined>> = /* @__PURE__ */ Object.freeze({
  FETCH_ERROR: 'NETWORK_ERROR',
  TIMEOUT_ERROR: 'CONNECTION_TIMEOUT',
  PARSING_ERROR: undefined, // classified from originalStatus and the unparsed text
  CUSTOM_ERROR: undefined, // classified from its data
});

/** Names of what fetch threw that say more than "no answer" (an app's own signal, its own timeout). */
const FETCH_ERROR_NAMES: Readonly<Record<string, ApiErrorCode>> = Object.freeze({ AbortError: 'CANCELLED', TimeoutError: 'CONNECTION_TIMEOUT' });

/**
 * RTK Query's `FetchBaseQueryError`: a plain object with only `status`, `data`,
 * `originalStatus` and `error`, and a status that is a number or one of RTK's strings.
 */
export function detectRtkQueryError(error: unknown): RawFailure | undefined {
  if (!isRecord(error) || error instanceof Error) return undefined;
  let keys: string[];
  try {
    keys = Object.keys(error);
  } catch {
    return undefined;
  }
  if (!keys.includes('status') || !keys.every((k) => RTK_KEYS.has(k))) return undefined;
  const status = getProp(error, 'status');
  if (typeof status === 'number') {
    if (!keys.includes('data') || asHttpStatus(status) === undefined) return undefined;
    return { status, ...bodyParts(getProp(error, 'data')) };
  }
  if (typeof status !== 'string' || !Object.hasOwn(RTK_STATUS_CODES, status)) return undefined;
  // FETCH_ERROR keeps the thrown error only as `String(error)`: its name still tells an abort.
  const thrownName = /^(\w+):/.exec(getString(error, 'error') ?? '')?.[1];
  if (status === 'FETCH_ERROR' && thrownName !== undefined && Object.hasOwn(FETCH_ERROR_NAMES, thrownName)) {
    return { code: FETCH_ERROR_NAMES[thrownName] };
  }
  const code = RTK_STATUS_CODES[status];
  if (code) return { code };
  const data = getProp(error, 'data');
  const originalStatus = asHttpStatus(getProp(error, 'originalStatus'));
  if (status === 'CUSTOM_ERROR') return { status: originalStatus, ...bodyParts(data) };
  // PARSING_ERROR keeps what reading failed with as text: a TypeError is the body breaking off
  // (undici's 'terminated', Chrome's 'network error'), a SyntaxError a body that is not JSON.
  if (/^TypeError\b/.test(getString(error, 'error') ?? '')) return { code: 'CONNECTION_RESET' };
  return unparsedAnswer({ status: originalStatus, text: typeof data === 'string' ? data : undefined, parts: {} });
}
