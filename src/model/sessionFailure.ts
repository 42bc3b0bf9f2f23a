import type { ApiError } from './types.js';

/**
 * Authentication codes about the app's own credential (its API key), not the person's session:
 * a refresh or a new sign-in cannot fix them, whoever holds the key can ("generate a new key in
 * the dashboard"). They get the support path, never the re-login prompt.
 */
const APP_CREDENTIAL_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'MISSING_API_KEY',
  'INVALID_API_KEY',
  'API_KEY_EXPIRED',
  'API_KEY_REVOKED',
]);

/** True for a lost or expired session: what a silent refresh or signing in again can fix. */
export function isSessionFailure(error: Pick<ApiError, 'category' | 'code'>): boolean {
  return error.category === 'authentication' && !APP_CREDENTIAL_CODES.has(error.code);
}
