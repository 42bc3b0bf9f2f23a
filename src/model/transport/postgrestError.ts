import type { ApiErrorCode } from '../codes.js';
import type { RawFailure } from '../rawFailure.js';
import { errorName, getString } from '../safeAccess.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';

/**
 * supabase-js / postgrest-js `PostgrestError` ({message, code, details, hint}, no status): the
 * PostgREST `PGRST` code or the Postgres SQLSTATE is all it carries. SQLSTATEs are digits that
 * other vendors' numeric codes would collide with, so they are read only on this error.
 */
const POSTGREST_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  CONFLICT: '23505 23503', // unique_violation, foreign_key_violation: PostgREST answers 409
  FORBIDDEN: '42501', // insufficient_privilege (row-level security)
  NOT_FOUND: '42P01', // undefined_table
  TOKEN_INVALID: 'PGRST301 PGRST303', // JWT invalid, expired or failing its claims
  AUTH_REQUIRED: 'PGRST302', // anonymous requests disabled
});

export function detectPostgrestError(error: unknown): RawFailure | undefined {
  if (errorName(error) !== 'PostgrestError') return undefined;
  const code = getString(error, 'code');
  if (code) return { code: Object.hasOwn(POSTGREST_CODES, code) ? POSTGREST_CODES[code] : undefined, sourceCode: code };
  // A failed fetch comes back as {code: '', message: 'TypeError: fetch failed'}: `<name>: <message>`.
  return /^(TypeError|FetchError): /.test(getString(error, 'message') ?? '') ? { code: 'NETWORK_ERROR' } : undefined;
}
