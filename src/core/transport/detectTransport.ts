import { LIMITS } from '../limits.js';
import type { RawFailure, TransportDetector } from '../rawFailure.js';
import { getProp } from '../safeAccess.js';
import { detectAbortError } from './abortError.js';
import { detectApiResponseError } from './apiResponseError.js';
import { detectApolloError } from './apolloError.js';
import { detectAxiosError } from './axiosError.js';
import { detectFetchTypeError } from './fetchTypeError.js';
import { detectHttpErrorShape } from './httpErrorShape.js';
import { detectKyHttpError } from './kyHttpError.js';
import { detectNodeSystemError } from './nodeSystemError.js';
import { detectRtkQueryError } from './rtkQueryError.js';
import { detectTanstackCancelled } from './tanstackCancelled.js';
import { detectThrownResponse } from './thrownResponse.js';

/** Detectors in order, most specific shape first. Each returns undefined for what is not its own. */
const DETECTORS: readonly TransportDetector[] = Object.freeze([
  detectApiResponseError,
  detectThrownResponse,
  detectAxiosError,
  detectKyHttpError,
  (error, depth) => detectApolloError(error, depth, detectTransport),
  detectTanstackCancelled,
  detectAbortError,
  detectFetchTypeError,
  detectRtkQueryError,
  detectHttpErrorShape,
  (error) => detectNodeSystemError(error),
]);

/** The raw failure of a thrown error or client error object; undefined when it is none of the known families. */
export function detectTransport(error: unknown, depth = 0): RawFailure | undefined {
  for (const detect of DETECTORS) {
    const found = detect(error, depth);
    if (found) return found;
  }
  // Wrappers (ofetch FetchError around a TypeError, app errors with `cause`) hide the real failure.
  const cause = getProp(error, 'cause');
  if (error instanceof Error && cause !== undefined && cause !== error && depth < LIMITS.maxCauseDepth) {
    return detectTransport(cause, depth + 1);
  }
  return undefined;
}
