import type { ApiErrorCode } from './codes.js';

/** Statuses that say exactly what went wrong; they outrank the weak words of a code. */
export const SPECIFIC_STATUS_CODES: Readonly<Record<number, ApiErrorCode>> = /* @__PURE__ */ Object.freeze({
  401: 'UNAUTHORIZED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'CONNECTION_TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  412: 'PRECONDITION_FAILED',
  413: 'REQUEST_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  // Unofficial token statuses: Laravel's 419 Page Expired (CSRF/session token), IIS 440 Login
  // Time-out, Esri's 498 Invalid Token.
  419: 'TOKEN_EXPIRED',
  // 420 Enhance Your Calm: Cloudinary's Admin API (and Twitter's v1) rate limit.
  420: 'RATE_LIMIT_EXCEEDED',
  422: 'VALIDATION_ERROR',
  423: 'RESOURCE_LOCKED',
  429: 'RATE_LIMIT_EXCEEDED',
  440: 'TOKEN_EXPIRED',
  498: 'TOKEN_INVALID',
  // DeepL's 456 Quota Exceeded (character limit reached).
  456: 'QUOTA_EXCEEDED',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
  // Cloudflare's origin errors: 520-526 are all "the origin failed behind the CDN".
  520: 'BAD_GATEWAY',
  521: 'BAD_GATEWAY',
  522: 'GATEWAY_TIMEOUT',
  523: 'BAD_GATEWAY',
  524: 'GATEWAY_TIMEOUT',
  525: 'BAD_GATEWAY',
  526: 'BAD_GATEWAY',
});

/** Last-resort reading of a status by its class: 400, other 4xx, 500 and other 5xx, 1xx/3xx, 0. */
export function genericStatusCode(status: number): ApiErrorCode | undefined {
  if (status === 0) return 'NETWORK_ERROR';
  if (status >= 400 && status < 500) return 'INVALID_REQUEST';
  if (status >= 500 && status < 600) return 'INTERNAL_ERROR';
  if ((status >= 100 && status < 200) || (status >= 300 && status < 400)) return 'UNEXPECTED_RESPONSE_CODE';
  return undefined;
}

/** The whole status table: specific first, then generic. */
export function statusToCode(status: number): ApiErrorCode | undefined {
  return SPECIFIC_STATUS_CODES[status] ?? genericStatusCode(status);
}
