import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, isRecord } from '../safeAccess.js';
import { bodyParts } from './httpParts.js';

const RTK_KEYS = /* @__PURE__ */ new Set(['status', 'data', 'originalStatus', 'error']);

/** RTK Query's string statuses that mean the request got no usable answer. */
const RTK_STATUS_CODES: Readonly<Record<string, ApiErrorCode | undefined>> = /* @__PURE__ */ Object.freeze({
  FETCH_ERROR: 'NETWORK_ERROR',
  TIMEOUT_ERROR: 'CONNECTION_TIMEOUT',
  PARSING_ERROR: undefined, // classified from originalStatus and the unparsed text
  CUSTOM_ERROR: undefined, // classified from its data
});

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
  if (typeof status !== 'string' || !Object.prototype.hasOwnProperty.call(RTK_STATUS_CODES, status)) return undefined;
  const code = RTK_STATUS_CODES[status];
  if (code) return { code };
  const parts = bodyParts(getProp(error, 'data'));
  const originalStatus = asHttpStatus(getProp(error, 'originalStatus'));
  // PARSING_ERROR: the text did not parse as JSON, so bodyParts found nothing to recover.
  return { status: originalStatus, ...parts };
}
