import type { ApiErrorCategory } from './types.js';

/** One canonical code: its category, and whether the same request may succeed later. */
export interface ApiErrorCodeInfo {
  readonly category: ApiErrorCategory;
  readonly retryable: boolean;
}

const c = (category: ApiErrorCategory, retryable = false): ApiErrorCodeInfo => ({ category, retryable });

/**
 * The catalog of canonical codes. Vendor codes (seed documents, Google, GraphQL,
 * WordPress, Stripe, AWS, ...) map onto these through `sourceCodes.ts`.
 * Every key here has a title and message in every shipped locale.
 */
export const API_ERROR_CODES = /* @__PURE__ */ Object.freeze({
  // connection: no usable HTTP answer (WCPOS API01xxx)
  NETWORK_ERROR: c('connection', true),
  CONNECTION_TIMEOUT: c('connection', true),
  CONNECTION_REFUSED: c('connection', true),
  CONNECTION_RESET: c('connection', true),
  DNS_RESOLUTION_FAILED: c('connection', true),
  SSL_CERTIFICATE_ERROR: c('connection', false),
  NETWORK_UNREACHABLE: c('connection', true),
  DEVICE_OFFLINE: c('connection', true),
  WEBSITE_UNAVAILABLE: c('connection', true),

  // authentication: who you are is unknown or no longer valid (API02xxx, 401)
  UNAUTHORIZED: c('authentication'),
  AUTH_REQUIRED: c('authentication'),
  INVALID_CREDENTIALS: c('authentication'),
  TOKEN_EXPIRED: c('authentication'),
  TOKEN_INVALID: c('authentication'),
  TOKEN_REVOKED: c('authentication'),
  TOKEN_REFRESH_FAILED: c('authentication'),
  REFRESH_TOKEN_INVALID: c('authentication'),
  REFRESH_TOKEN_EXPIRED: c('authentication'),
  MISSING_API_KEY: c('authentication'),
  INVALID_API_KEY: c('authentication'),
  API_KEY_EXPIRED: c('authentication'),
  API_KEY_REVOKED: c('authentication'),

  // authorization: known user, not allowed (403)
  FORBIDDEN: c('authorization'),
  INSUFFICIENT_PERMISSIONS: c('authorization'),
  INSUFFICIENT_SCOPE: c('authorization'),
  WRITE_ACCESS_DENIED: c('authorization'),
  ACCOUNT_SUSPENDED: c('authorization'),
  ACCOUNT_NOT_VERIFIED: c('authorization'),
  OPERATION_NOT_ALLOWED: c('authorization'),

  // request: the request itself is wrong (API03xxx, 400, 405, 413, 415, 422)
  INVALID_REQUEST: c('request'),
  VALIDATION_ERROR: c('request'),
  MISSING_PARAMETER: c('request'),
  INVALID_PARAMETER: c('request'),
  INVALID_JSON: c('request'),
  REQUEST_TOO_LARGE: c('request'),
  METHOD_NOT_ALLOWED: c('request'),
  UNSUPPORTED_MEDIA_TYPE: c('request'),
  FIELD_REQUIRED: c('request'),
  FIELD_INVALID: c('request'),
  FIELD_TOO_LONG: c('request'),
  FIELD_TOO_SHORT: c('request'),
  INVALID_EMAIL: c('request'),
  INVALID_UUID: c('request'),
  INVALID_URL: c('request'),
  PAYMENT_REQUIRED: c('request'),

  // not_found (404, 410, *_NOT_FOUND)
  NOT_FOUND: c('not_found'),
  GONE: c('not_found'),
  ACCOUNT_NOT_FOUND: c('not_found'),
  LISTING_NOT_FOUND: c('not_found'),
  PUBLICATION_NOT_FOUND: c('not_found'),
  MEDIA_NOT_FOUND: c('not_found'),
  STORE_NOT_FOUND: c('not_found'),

  // conflict (409, 412, 423)
  CONFLICT: c('conflict'),
  PRECONDITION_FAILED: c('conflict'),
  RESOURCE_LOCKED: c('conflict'),
  DEPENDENCY_EXISTS: c('conflict'),
  DUPLICATE_OPERATION: c('conflict'),

  // rate_limit (429, quotas, queue full)
  RATE_LIMIT_EXCEEDED: c('rate_limit', true),
  QUOTA_EXCEEDED: c('rate_limit', true),
  LIMIT_EXCEEDED: c('rate_limit', true),
  REQUEST_QUEUE_FULL: c('rate_limit', true),

  // server (5xx)
  INTERNAL_ERROR: c('server', true),
  NOT_IMPLEMENTED: c('server'),
  BAD_GATEWAY: c('server', true),
  SERVICE_UNAVAILABLE: c('server', true),
  GATEWAY_TIMEOUT: c('server', true),
  DATABASE_CONNECTION_ERROR: c('server', true),
  DATABASE_TIMEOUT: c('server', true),

  // response: an answer came but is unusable (API04xxx)
  INVALID_RESPONSE_FORMAT: c('response', true),
  UNEXPECTED_RESPONSE_CODE: c('response', true),
  MALFORMED_JSON: c('response', true),
  MISSING_RESPONSE_DATA: c('response', true),
  JSON_RECOVERY_ATTEMPTED: c('response', true),

  // integration: the platform behind the API is missing a piece (API05xxx)
  WOOCOMMERCE_API_DISABLED: c('integration'),
  WCPOS_PLUGIN_NOT_FOUND: c('integration'),
  WCPOS_PLUGIN_OUTDATED: c('integration'),
  WORDPRESS_API_DISABLED: c('integration'),
  PLUGIN_NOT_FOUND: c('integration'),

  // configuration: the client is set up wrong (API06xxx)
  INVALID_API_URL: c('configuration'),
  MISSING_API_URL: c('configuration'),
  INVALID_SITE_CONFIGURATION: c('configuration'),

  CANCELLED: c('cancelled'),
  UNKNOWN_ERROR: c('unknown', true),
} satisfies Record<string, ApiErrorCodeInfo>);

export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.prototype.hasOwnProperty.call(API_ERROR_CODES, code);
}
