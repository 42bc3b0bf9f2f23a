import type { RawFailure } from '../rawFailure.js';
import { requestInfo } from '../http/requestInfo.js';
import { responseParts } from './httpParts.js';

/**
 * A `Response` thrown as is (React Router loaders, some fetch wrappers). Its body cannot be
 * read synchronously, so it is classified from status and headers alone; use
 * `ApiResponseError.fromResponse` to take the body into account.
 */
export function detectThrownResponse(error: unknown): RawFailure | undefined {
  if (typeof Response === 'undefined' || !(error instanceof Response)) return undefined;
  let url: string | undefined;
  try {
    url = error.url || undefined;
  } catch {
    url = undefined;
  }
  return { ...responseParts(error), request: requestInfo(undefined, url) };
}
