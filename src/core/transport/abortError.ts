import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { errorName } from '../safeAccess.js';

/** DOMException names (and axios' CanceledError): an abort is a cancellation, a timeout signal a timeout. */
const ABORT_NAMES: Readonly<Record<string, ApiErrorCode>> = Object.freeze({
  AbortError: 'CANCELLED',
  CanceledError: 'CANCELLED',
  TimeoutError: 'CONNECTION_TIMEOUT',
});

export function detectAbortError(error: unknown): RawFailure | undefined {
  const name = errorName(error);
  if (name === undefined || !Object.prototype.hasOwnProperty.call(ABORT_NAMES, name)) return undefined;
  const code = ABORT_NAMES[name];
  return code ? { code } : undefined;
}
