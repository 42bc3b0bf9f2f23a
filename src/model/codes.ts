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
  NETWORK_ERROR: /* @__PURE__ */ c('connection', true),
  CONNECTION_TIMEOUT: /* @__PURE__ */ c('connection', true),
  CONNECTION_REFUSED: /* @__PURE__ */ c('connection', true),
  CONNECTION_RESET: /* @__PURE__ */ c('connection', true),
  DNS_RESOLUTION_FAILED: /* @__PURE__ */ c('connection', true),
  SSL_CERTIFICATE_ERROR: /* @__PURE__ */ c('connection', false),
  NETWORK_UNREACHABLE: /* @__PURE__ */ c('connection', true),
  DEVICE_OFFLINE: /* @__PURE__ */ c('connection', true),
  WEBSITE_UNAVAILABLE: /* @__PURE__ */ c('connection', true),

  // authentication: who you are is unknown or no longer valid (API02xxx, 401)
  UNAUTHORIZED: /* @__PURE__ */ c('authentication'),
  AUTH_REQUIRED: /* @__PURE__ */ c('authentication'),
  INVALID_CREDENTIALS: /* @__PURE__ */ c('authentication'),
  TOKEN_EXPIRED: /* @__PURE__ */ c('authentication'),
  TOKEN_INVALID: /* @__PURE__ */ c('authentication'),
  TOKEN_REVOKED: /* @__PURE__ */ c('authentication'),
  TOKEN_REFRESH_FAILED: /* @__PURE__ */ c('authentication'),
  REFRESH_TOKEN_INVALID: /* @__PURE__ */ c('authentication'),
  REFRESH_TOKEN_EXPIRED: /* @__PURE__ */ c('authentication'),
  MISSING_API_KEY: /* @__PURE__ */ c('authentication'),
  INVALID_API_KEY: /* @__PURE__ */ c('authentication'),
  API_KEY_EXPIRED: /* @__PURE__ */ c('authentication'),
  API_KEY_REVOKED: /* @__PURE__ */ c('authentication'),

  // authorization: known user, not allowed (403)
  FORBIDDEN: /* @__PURE__ */ c('authorization'),
  INSUFFICIENT_PERMISSIONS: /* @__PURE__ */ c('authorization'),
  INSUFFICIENT_SCOPE: /* @__PURE__ */ c('authorization'),
  WRITE_ACCESS_DENIED: /* @__PURE__ */ c('authorization'),
  ACCOUNT_SUSPENDED: /* @__PURE__ */ c('authorization'),
  ACCOUNT_NOT_VERIFIED: /* @__PURE__ */ c('authorization'),
  OPERATION_NOT_ALLOWED: /* @__PURE__ */ c('authorization'),

  // request: the request itself is wrong (API03xxx, 400, 405, 413, 415, 422)
  INVALID_REQUEST: /* @__PURE__ */ c('request'),
  VALIDATION_ERROR: /* @__PURE__ */ c('request'),
  MISSING_PARAMETER: /* @__PURE__ */ c('request'),
  INVALID_PARAMETER: /* @__PURE__ */ c('request'),
  INVALID_JSON: /* @__PURE__ */ c('request'),
  REQUEST_TOO_LARGE: /* @__PURE__ */ c('request'),
  METHOD_NOT_ALLOWED: /* @__PURE__ */ c('request'),
  UNSUPPORTED_MEDIA_TYPE: /* @__PURE__ */ c('request'),
  FIELD_REQUIRED: /* @__PURE__ */ c('request'),
  FIELD_INVALID: /* @__PURE__ */ c('request'),
  FIELD_TOO_LONG: /* @__PURE__ */ c('request'),
  FIELD_TOO_SHORT: /* @__PURE__ */ c('request'),
  INVALID_EMAIL: /* @__PURE__ */ c('request'),
  INVALID_UUID: /* @__PURE__ */ c('request'),
  INVALID_URL: /* @__PURE__ */ c('request'),
  PAYMENT_REQUIRED: /* @__PURE__ */ c('request'),

  // not_found (404, 410, *_NOT_FOUND)
  NOT_FOUND: /* @__PURE__ */ c('not_found'),
  GONE: /* @__PURE__ */ c('not_found'),
  ACCOUNT_NOT_FOUND: /* @__PURE__ */ c('not_found'),
  LISTING_NOT_FOUND: /* @__PURE__ */ c('not_found'),
  PUBLICATION_NOT_FOUND: /* @__PURE__ */ c('not_found'),
  MEDIA_NOT_FOUND: /* @__PURE__ */ c('not_found'),
  STORE_NOT_FOUND: /* @__PURE__ */ c('not_found'),

  // conflict (409, 412, 423)
  CONFLICT: /* @__PURE__ */ c('conflict'),
  PRECONDITION_FAILED: /* @__PURE__ */ c('conflict'),
  RESOURCE_LOCKED: /* @__PURE__ */ c('conflict'),
  DEPENDENCY_EXISTS: /* @__PURE__ */ c('conflict'),
  DUPLICATE_OPERATION: /* @__PURE__ */ c('conflict'),

  // rate_limit (429, quotas, queue full)
  RATE_LIMIT_EXCEEDED: /* @__PURE__ */ c('rate_limit', true),
  QUOTA_EXCEEDED: /* @__PURE__ */ c('rate_limit', true),
  LIMIT_EXCEEDED: /* @__PURE__ */ c('rate_limit', true),
  REQUEST_QUEUE_FULL: /* @__PURE__ */ c('rate_limit', true),

  // server (5xx)
  INTERNAL_ERROR: /* @__PURE__ */ c('server', true),
  NOT_IMPLEMENTED: /* @__PURE__ */ c('server'),
  BAD_GATEWAY: /* @__PURE__ */ c('server', true),
  SERVICE_UNAVAILABLE: /* @__PURE__ */ c('server', true),
  GATEWAY_TIMEOUT: /* @__PURE__ */ c('server', true),
  DATABASE_CONNECTION_ERROR: /* @__PURE__ */ c('server', true),
  DATABASE_TIMEOUT: /* @__PURE__ */ c('server', true),

  // response: an answer came but is unusable (API04xxx)
  INVALID_RESPONSE_FORMAT: /* @__PURE__ */ c('response', true),
  UNEXPECTED_RESPONSE_CODE: /* @__PURE__ */ c('response', true),
  MALFORMED_JSON: /* @__PURE__ */ c('response', true),
  MISSING_RESPONSE_DATA: /* @__PURE__ */ c('response', true),
  JSON_RECOVERY_ATTEMPTED: /* @__PURE__ */ c('response', true),

  // integration: the platform behind the API is missing a piece (API05xxx)
  WOOCOMMERCE_API_DISABLED: /* @__PURE__ */ c('integration'),
  WCPOS_PLUGIN_NOT_FOUND: /* @__PURE__ */ c('integration'),
  WCPOS_PLUGIN_OUTDATED: /* @__PURE__ */ c('integration'),
  WORDPRESS_API_DISABLED: /* @__PURE__ */ c('integration'),
  PLUGIN_NOT_FOUND: /* @__PURE__ */ c('integration'),

  // configuration: the client is set up wrong (API06xxx)
  INVALID_API_URL: /* @__PURE__ */ c('configuration'),
  MISSING_API_URL: /* @__PURE__ */ c('configuration'),
  INVALID_SITE_CONFIGURATION: /* @__PURE__ */ c('configuration'),

  CANCELLED: /* @__PURE__ */ c('cancelled'),
  UNKNOWN_ERROR: /* @__PURE__ */ c('unknown', true),
} satisfies Record<string, ApiErrorCodeInfo>);

export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(API_ERROR_CODES, code);
}
