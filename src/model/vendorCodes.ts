import { codeKey } from './codeKey.js';
import type { ApiErrorCode } from './codes.js';
import { registeredCode } from './dialectRegistry.js';
import { aliasTable } from './vendorAliases/aliasTable.js';
import { GRPC_ALIASES } from './vendorAliases/grpcAliases.js';
import { GRAPHQL_ALIASES, WORDPRESS_ALIASES } from './vendorAliases/webAliases.js';

/**
 * The key a received code is looked up under, the same the classifier uses: trimmed, upper
 * case, non-alphanumerics as '_' ('rest_forbidden' -> 'REST_FORBIDDEN', 'invalid-jwt' ->
 * 'INVALID_JWT', '[jwt_auth] incorrect_password' -> 'JWT_AUTH_INCORRECT_PASSWORD',
 * 'ThrottlingException' -> 'THROTTLINGEXCEPTION').
 */
export const vendorCodeKey = codeKey;

/**
 * The vendor codes every app gets, because the contract's default formats carry them: gRPC
 * status names (google.rpc.Status), WordPress/WooCommerce and its JWT plugin, GraphQL servers.
 * Keyed by the normalized form of the received code (upper case, non-alphanumerics as '_').
 * Other vendors' codes come with their packs (src/model/packs/). Numeric codes (Twilio 20003,
 * Discord 50035) are in no table: numbers collide across vendors, so those dialects give a
 * category hint instead.
 */
export const VENDOR_CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable(
  GRPC_ALIASES,
  WORDPRESS_ALIASES,
  GRAPHQL_ALIASES,
);

/** The canonical code a vendor code stands for: a registered pack's first, then the default table. */
export function vendorCodeAlias(code: string): ApiErrorCode | undefined {
  const key = vendorCodeKey(code);
  return (
    registeredCode(key) ??
    (Object.hasOwn(VENDOR_CODE_ALIASES, key) ? VENDOR_CODE_ALIASES[key] : undefined)
  );
}
