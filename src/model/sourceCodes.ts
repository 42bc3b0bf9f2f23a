import type { ApiErrorCode } from './codes.js';
import { aliasTable, type AliasRows } from './vendorAliases/aliasTable.js';

/**
 * WCPOS (seed 000): group n of the list is `API0n0xx`, its codes in order from xx = 01
 * (API02004 "User Not Authorized" is about permission: FORBIDDEN). Written as lists, not
 * as 40 rows with a key each: the keys are the same pattern over and over.
 */
const WCPOS_GROUPS = [
  // API01xxx connection
  'CONNECTION_TIMEOUT CONNECTION_REFUSED CONNECTION_RESET DNS_RESOLUTION_FAILED SSL_CERTIFICATE_ERROR NETWORK_UNREACHABLE DEVICE_OFFLINE WEBSITE_UNAVAILABLE',
  // API02xxx authentication
  'INVALID_CREDENTIALS TOKEN_EXPIRED TOKEN_INVALID FORBIDDEN INSUFFICIENT_PERMISSIONS INVALID_API_KEY TOKEN_REFRESH_FAILED REFRESH_TOKEN_INVALID REFRESH_TOKEN_EXPIRED AUTH_REQUIRED',
  // API03xxx request
  'INVALID_REQUEST MISSING_PARAMETER INVALID_PARAMETER REQUEST_TOO_LARGE RATE_LIMIT_EXCEEDED METHOD_NOT_ALLOWED REQUEST_QUEUE_FULL',
  // API04xxx response
  'INVALID_RESPONSE_FORMAT UNEXPECTED_RESPONSE_CODE MALFORMED_JSON MISSING_RESPONSE_DATA JSON_RECOVERY_ATTEMPTED NOT_FOUND',
  // API05xxx integration
  'WOOCOMMERCE_API_DISABLED WCPOS_PLUGIN_NOT_FOUND WCPOS_PLUGIN_OUTDATED WORDPRESS_API_DISABLED PLUGIN_NOT_FOUND',
  // API06xxx configuration
  'INVALID_API_URL MISSING_API_URL INVALID_SITE_CONFIGURATION',
] as const;

/** The groups as alias rows: canonical code -> its WCPOS codes. */
function wcposRows(): AliasRows {
  const rows: Record<string, string> = {};
  WCPOS_GROUPS.forEach((group, g) => {
    group.split(' ').forEach((code, i) => {
      rows[code] = `${rows[code] ?? ''} API0${g + 1}${String(i + 1).padStart(3, '0')}`;
    });
  });
  return rows;
}

/**
 * Every code of the five seed documents that is not already a catalog code, keyed by
 * `codeKey` (upper case, '_'). Codes that are catalog codes verbatim (FORBIDDEN,
 * TOKEN_EXPIRED, invalid_parameter, ...) resolve directly and need no row.
 */
export const SOURCE_CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable(
  /* @__PURE__ */ wcposRows(),
  {
    // seed 001 (snake_case; the rest are catalog codes) and seed 002
    UNAUTHORIZED: 'AUTHENTICATION_FAILED UNAUTHENTICATED',
    VALIDATION_ERROR: 'UNPROCESSABLE_ENTITY VAL_001',
    FORBIDDEN: 'PERMISSION_DENIED STORE_ACCESS_DENIED',
    NOT_FOUND: 'RESOURCE_NOT_FOUND',
    INTERNAL_ERROR: 'INTERNAL_SERVER_ERROR',
    PAYMENT_REQUIRED: 'INSUFFICIENT_BALANCE',
    // seed 003 (VAL_001 above)
    INVALID_API_KEY: 'AUTH_001',
    // seed 004 (STORE_ACCESS_DENIED above)
    API_KEY_EXPIRED: 'EXPIRED_API_KEY',
    API_KEY_REVOKED: 'REVOKED_API_KEY',
    AUTH_REQUIRED: 'MISSING_TOKEN',
    QUOTA_EXCEEDED: 'DAILY_QUOTA_EXCEEDED',
  },
);
