import { API_RESPONSE_ERROR_BRAND } from '../http/apiResponseBrand.js';
import { toHeaderReader } from '../http/headers.js';
import { requestInfo } from '../http/requestInfo.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, getString } from '../safeAccess.js';
import { detectNodeSystemError } from './nodeSystemError.js';

/**
 * Our own error from `ApiResponseError.fromResponse`: everything is already read. Found by its
 * brand, and its fields still checked, since anything can carry a symbol. An answer whose body
 * broke off never fully arrived: a connection failure, named by its cause where the cause says
 * more (ECONNRESET), and without the status of the answer that never completed.
 */
export function detectApiResponseError(error: unknown): RawFailure | undefined {
  if (getProp(error, API_RESPONSE_ERROR_BRAND) !== true) return undefined;
  const request = requestInfo(getProp(error, 'request'));
  const bodyError = getProp(error, 'bodyError');
  if (bodyError !== undefined) {
    return { ...(detectNodeSystemError(bodyError) ?? { code: 'CONNECTION_RESET' }), ...(request !== undefined && { request }) };
  }
  return {
    status: asHttpStatus(getProp(error, 'status')),
    headers: toHeaderReader(getProp(error, 'headers')),
    contentType: getString(error, 'contentType'),
    body: getProp(error, 'body'),
    bodyText: getString(error, 'bodyText'),
    jsonRecovered: getProp(error, 'jsonRecovered') === true,
    ...(request !== undefined && { request }),
  };
}
