import { MAX_REQUEST_ID_CHARS } from '../limits.js';
import type { RawFailure } from '../rawFailure.js';
import { asHttpStatus, getProp, isRecord } from '../safeAccess.js';
import { sanitizeText } from '../sanitizeText.js';
import { bodyParts } from './httpParts.js';

/**
 * React Router's `ErrorResponse` (what `isRouteErrorResponse` accepts): a thrown `Response` or
 * `data()` after the router read it. The router keeps the body as `data` (JSON when the type is
 * exactly application/json, else text, so problem+json arrives as text) but drops the headers:
 * a loader that needs `Retry-After` throws `ApiResponseError.fromResponse(response)` instead.
 * `internal` answers (no route matches, no action) carry the router's own wording, not a server's.
 */
function routeErrorResponse(error: unknown): RawFailure | undefined {
  if (!isRecord(error) || typeof getProp(error, 'statusText') !== 'string' || typeof getProp(error, 'internal') !== 'boolean') return undefined;
  const status = asHttpStatus(getProp(error, 'status'));
  if (status === undefined || !('data' in error)) return undefined;
  return getProp(error, 'internal') === true ? { status } : { status, ...bodyParts(getProp(error, 'data')) };
}

/**
 * TanStack Router's `notFound()`: a plain object marked `isNotFound: true`, with the app's own
 * `data` (which may be an API body, so the dialects still read it).
 */
function tanstackNotFound(error: unknown): RawFailure | undefined {
  if (!isRecord(error) || getProp(error, 'isNotFound') !== true) return undefined;
  return { status: 404, ...bodyParts(getProp(error, 'data')) };
}

/** Next's `notFound()`, `forbidden()`, `unauthorized()` throw errors whose digest names the status. */
const NEXT_HTTP_FALLBACK = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/;

/**
 * A Next.js server error as the browser receives it: in production only a generic message and a
 * `digest`, the hash under which the server logged the real error. The digest is the one thing
 * that ties this screen to that log line, so it becomes the support reference (`requestId`).
 */
function nextDigestError(error: unknown): RawFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const digest = sanitizeText(getProp(error, 'digest'), MAX_REQUEST_ID_CHARS);
  if (digest === undefined) return undefined;
  const fallbackStatus = NEXT_HTTP_FALLBACK.exec(digest)?.[1];
  if (fallbackStatus !== undefined) return { status: Number(fallbackStatus) };
  return { code: 'INTERNAL_ERROR', requestId: digest };
}

const READERS = Object.freeze([routeErrorResponse, tanstackNotFound, nextDigestError]);

/** Errors that routers hand to a route's error UI, recognized by shape: no router is imported. */
export function detectRouterError(error: unknown): RawFailure | undefined {
  for (const read of READERS) {
    const found = read(error);
    if (found) return found;
  }
  return undefined;
}
