import { defineDialect } from '../../dialects/defineDialect.js';
import { firstText, isRecord, seconds, text } from '../../dialects/read.js';

/** OAuth 2 error codes are lower-case ASCII words joined by underscores (RFC 6749 5.2). */
const OAUTH_CODE = /^[a-z][a-z0-9_.-]{1,80}$/;

/**
 * OAuth 2 / OIDC token and resource errors `{error: 'invalid_grant', error_description,
 * error_uri?}`: Auth0, Okta, Keycloak, Azure AD (with `trace_id`), GitLab, PayPal's token endpoint.
 */
export const oauthDialect = /* @__PURE__ */ defineDialect('oauth', (body) => {
  if (!isRecord(body)) return undefined;
  const error = text(body.error);
  if (error === undefined || !OAUTH_CODE.test(error)) return undefined;
  return {
    sourceCode: error,
    message: firstText(body.error_description, body.message),
    requestId: firstText(body.trace_id, body.request_id, body.requestId),
    retryAfterSeconds: seconds(body.retry_after) ?? seconds(body.retryAfter),
  };
});
