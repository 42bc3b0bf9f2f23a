import { ApiResponseError } from '../http/ApiResponseError.js';
import { toHeaderReader } from '../http/headers.js';
import type { RawFailure } from '../rawFailure.js';

/** Our own error from `ApiResponseError.fromResponse`: everything is already read. */
export function detectApiResponseError(error: unknown): RawFailure | undefined {
  if (!(error instanceof ApiResponseError)) return undefined;
  return {
    status: error.status,
    headers: toHeaderReader(error.headers),
    contentType: error.contentType,
    body: error.body,
    bodyText: error.bodyText,
    jsonRecovered: error.jsonRecovered,
    request: error.request,
  };
}
