import type { ApiErrorCode } from '../codes.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';

/**
 * Firebase Auth codes: the REST API's (Identity Toolkit, in `error.message`) and the Web SDK's
 * FirebaseError `code`s ('auth/user-not-found' -> AUTH_USER_NOT_FOUND). The REST USER_NOT_FOUND
 * is not here: its key is Slack's user_not_found too, listed once (as NOT_FOUND) in SLACK_ALIASES.
 */
const FIREBASE_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  // The SDK says auth/user-not-found for a sign-in with an unknown email (REST: EMAIL_NOT_FOUND).
  INVALID_CREDENTIALS: 'EMAIL_NOT_FOUND INVALID_LOGIN_CREDENTIALS AUTH_USER_NOT_FOUND',
  ACCOUNT_SUSPENDED: 'USER_DISABLED AUTH_USER_DISABLED',
  RATE_LIMIT_EXCEEDED: 'TOO_MANY_ATTEMPTS_TRY_LATER',
  CONFLICT: 'EMAIL_EXISTS AUTH_EMAIL_ALREADY_IN_USE',
  TOKEN_INVALID: 'INVALID_ID_TOKEN',
  REFRESH_TOKEN_INVALID: 'INVALID_REFRESH_TOKEN',
  INVALID_REQUEST: 'INVALID_GRANT_TYPE',
  MISSING_PARAMETER: 'MISSING_REFRESH_TOKEN MISSING_PASSWORD MISSING_EMAIL',
  TOKEN_EXPIRED: 'CREDENTIAL_TOO_OLD_LOGIN_AGAIN AUTH_REQUIRES_RECENT_LOGIN',
  FIELD_INVALID: 'WEAK_PASSWORD AUTH_WEAK_PASSWORD',
  NETWORK_ERROR: 'AUTH_NETWORK_REQUEST_FAILED',
  // Storage's 'unauthorized' is its 403 (no permission), not a missing login; 'canceled' is the app's own cancel.
  FORBIDDEN: 'STORAGE_UNAUTHORIZED',
  CANCELLED: 'STORAGE_CANCELED',
});

/** Google's legacy `errors[].reason` (note: 403 rateLimitExceeded is a rate limit, not a refusal). */
const GOOGLE_LEGACY_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  QUOTA_EXCEEDED: 'DAILYLIMITEXCEEDED',
  UNAUTHORIZED: 'AUTHERROR',
  INVALID_API_KEY: 'KEYINVALID',
  INSUFFICIENT_PERMISSIONS: 'INSUFFICIENTPERMISSIONS',
  INTERNAL_ERROR: 'BACKENDERROR',
  FORBIDDEN: 'ACCESSNOTCONFIGURED',
  MISSING_PARAMETER: 'REQUIRED',
});

/** Firebase Auth codes (REST `error.message` and the Web SDK's `auth/...`) and Google's legacy `errors[].reason` codes; the body shapes themselves are read by the default google.rpc reader. */
export const firebasePack = /* @__PURE__ */ definePack('firebase', [], /* @__PURE__ */ Object.assign({}, FIREBASE_CODES, GOOGLE_LEGACY_CODES));
