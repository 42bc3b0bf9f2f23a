import { API_RESPONSE_ERROR_BRAND } from '../http/apiResponseBrand.js';
import { toHeaderReader } from '../http/headers.js';
import { requestInfo } from '../http/requestInfo.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, getString } from '../safeAccess.js';

/**
 * Our own error from `ApiResponseError.fromResponse`: everything is already read. Found by its
 * brand, and its fields still checked, since anything can carry a symbol.
 */
export function detectApiResponseError(error: unknown): RawFailure | undefined {
  if (getProp(error, API_RESPONSE_ERROR_BRAND) !== true) return undefined;
  const request = requestInfo(getProp(error, 'request'));
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
