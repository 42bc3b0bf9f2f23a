import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { oauthDialect } from './dialects/oauth.js';
import { wwwAuthenticateDialect } from './dialects/wwwAuthenticate.js';

/** OAuth 2 (RFC 6749, 6750, 8628), OIDC and the identity providers' own additions (Supabase Auth). */
const OAUTH_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  INVALID_CREDENTIALS: 'INVALID_GRANT INVALID_CLIENT UNAUTHORIZED_CLIENT INVALID_USER_PASSWORD',
  TOKEN_INVALID: 'INVALID_DPOP_PROOF USE_DPOP_NONCE',
  INVALID_REQUEST: 'UNSUPPORTED_GRANT_TYPE UNSUPPORTED_RESPONSE_TYPE',
  INVALID_PARAMETER: 'INVALID_SCOPE',
  INTERNAL_ERROR: 'SERVER_ERROR',
  AUTH_REQUIRED: 'CONSENT_REQUIRED INTERACTION_REQUIRED ACCOUNT_SELECTION_REQUIRED MFA_REQUIRED',
  RATE_LIMIT_EXCEEDED: 'TOO_MANY_ATTEMPTS',
  ACCOUNT_SUSPENDED: 'PASSWORD_LEAKED BLOCKED_USER',
  // Supabase Auth: a refresh token that is gone or spent (the words would say not_found / nothing).
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_NOT_FOUND REFRESH_TOKEN_ALREADY_USED',
});

/** OAuth 2 / OIDC identity providers (Auth0, Keycloak, Supabase Auth, ...): `{error, error_description}` bodies, the `WWW-Authenticate: Bearer error="..."` header, and their codes. */
export const oauthPack = /* @__PURE__ */ definePack('oauth', [/* @__PURE__ */ ranked(260, oauthDialect), /* @__PURE__ */ ranked(280, wwwAuthenticateDialect)], OAUTH_CODES);
