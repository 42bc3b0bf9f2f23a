import type { RawFailure } from '../rawFailure.js';
import { errorName, getProp } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';

/**
 * ky's `HTTPError`. ky 2 has already read the body into `error.data`, so the response body
 * is never read again here (it may be consumed); without `data` only status and headers count.
 */
export function detectKyHttpError(error: unknown): RawFailure | undefined {
  if (errorName(error) !== 'HTTPError') return undefined;
  const response = getProp(error, 'response');
  if (response === undefined || response === null) return undefined;
  return {
    ...responseParts(response),
    ...bodyParts(getProp(error, 'data')),
    request: responseRequest(getProp(error, 'request'), response),
  };
}
