import type { ApiErrorCode } from './codes.js';

/**
 * Words inside an unknown code (already `codeKey`-normalized), first match wins.
 * `weak` rules name only a broad kind of problem ("invalid", "validation"), so a specific
 * HTTP status outranks them; strong rules outrank the status (a JWT plugin's
 * `jwt_auth_invalid_token` on a 403 is still a token problem).
 */
export interface CodeWordRule {
  readonly pattern: RegExp;
  readonly code: ApiErrorCode;
  readonly weak?: boolean;
}

export const CODE_WORD_RULES: readonly CodeWordRule[] = /* @__PURE__ */ Object.freeze([
  { pattern: /NOT_?FOUND|NO_?SUCH|DOES_?NOT_?EXIST|NO_?ROUTE/, code: 'NOT_FOUND' },
  // Google Maps' OVER_QUERY_LIMIT.
  { pattern: /THROTTL|RATE_?LIMIT|TOO_?MANY_?REQUESTS|SLOW_?DOWN|OVER_\w*LIMIT/, code: 'RATE_LIMIT_EXCEEDED' },
  // Backblaze B2's daily transaction/download caps are quotas: `transaction_cap_exceeded`.
  { pattern: /QUOTA|RESOURCE_?EXHAUSTED|CAP_?EXCEEDED/, code: 'QUOTA_EXCEEDED' },
  { pattern: /(API_?)?KEY_?EXPIRED|EXPIRED_?(API_?)?KEY/, code: 'API_KEY_EXPIRED' },
  { pattern: /REFRESH_?TOKEN_?EXPIRED|EXPIRED_?REFRESH/, code: 'REFRESH_TOKEN_EXPIRED' },
  { pattern: /EXPIRED/, code: 'TOKEN_EXPIRED' },
  { pattern: /(API_?)?KEY_?REVOKED|REVOKED_?(API_?)?KEY/, code: 'API_KEY_REVOKED' },
  { pattern: /REVOKED/, code: 'TOKEN_REVOKED' },
  { pattern: /MISSING_?(API_?)?KEY|NO_?API_?KEY|API_?KEY_?MISSING/, code: 'MISSING_API_KEY' },
  { pattern: /INVALID_?API_?KEY|API_?KEY_?INVALID|BAD_?API_?KEY/, code: 'INVALID_API_KEY' },
  { pattern: /INVALID_?(ACCESS_?)?TOKEN|TOKEN_?INVALID|BAD_?TOKEN|MALFORMED_?TOKEN|INVALID_?JWT/, code: 'TOKEN_INVALID' },
  // WordPress.com's 403 `authorization_required` and Shopware's 403 `..._NOT_LOGGED_IN` mean no token/session.
  { pattern: /(MISSING|NO)_?(TOKEN|CREDENTIAL|AUTH)|NOT_?AUTHED|NOT_?LOGGED_?IN|LOGIN_?REQUIRED|AUTH(ORI[SZ]ATION)?_?REQUIRED/, code: 'AUTH_REQUIRED' },
  { pattern: /INVALID_?CREDENTIAL|BAD_?CREDENTIAL|(WRONG|INCORRECT|INVALID)_?PASSWORD|INVALID_?USERNAME/, code: 'INVALID_CREDENTIALS' },
  { pattern: /UNAUTHENTICATED|NOT_?AUTHENTICATED|AUTHENTICATION|UNAUTHORI[SZ]ED/, code: 'UNAUTHORIZED' },
  // Zoho's OAUTH_SCOPE_MISMATCH arrives as 401, but a token without the scope is authorization.
  { pattern: /INSUFFICIENT_?(SCOPE|PRIVILEGE)|MISSING_?SCOPE|SCOPE_?MISMATCH/, code: 'INSUFFICIENT_SCOPE' },
  { pattern: /SUSPENDED|BANNED|DISABLED_?ACCOUNT|ACCOUNT_?DISABLED/, code: 'ACCOUNT_SUSPENDED' },
  { pattern: /FORBIDDEN|PERMISSION|DENIED|NOT_?ALLOWED|NOT_?PERMITTED/, code: 'FORBIDDEN' },
  { pattern: /ALREADY_?EXISTS|DUPLICATE|CONFLICT/, code: 'CONFLICT' },
  { pattern: /LOCKED/, code: 'RESOURCE_LOCKED' },
  // OVERLOAD, not OVERLOADED: Notion's 529 `service_overload` is the same outage.
  { pattern: /UNAVAILABLE|MAINTENANCE|OVERLOAD/, code: 'SERVICE_UNAVAILABLE' },
  { pattern: /TIMEOUT|TIMED_?OUT|DEADLINE_?EXCEEDED/, code: 'GATEWAY_TIMEOUT' },
  { pattern: /NOT_?IMPLEMENTED|UNIMPLEMENTED/, code: 'NOT_IMPLEMENTED' },
  { pattern: /VALIDATION|UNPROCESSABLE/, code: 'VALIDATION_ERROR', weak: true },
  { pattern: /INVALID|MALFORMED|MISSING|REQUIRED|BAD_?REQUEST/, code: 'INVALID_REQUEST', weak: true },
  { pattern: /INTERNAL|SERVER_?ERROR/, code: 'INTERNAL_ERROR', weak: true },
]);

export function codeFromWords(key: string, includeWeak: boolean): ApiErrorCode | undefined {
  for (const rule of CODE_WORD_RULES) {
    if (rule.weak && !includeWeak) continue;
    if (rule.pattern.test(key)) return rule.code;
  }
  return undefined;
}
