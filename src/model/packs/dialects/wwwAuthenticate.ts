import { defineDialect } from '../../dialects/defineDialect.js';

/** `error="invalid_token"` inside a challenge; quoted or bare (RFC 6750 3). */
const ERROR = /\berror\s*=\s*"?([a-z][a-z0-9_.-]{1,80})"?/i;
const DESCRIPTION = /\berror_description\s*=\s*"([^"]{0,500})"/i;

/**
 * A Bearer challenge that names the problem (`WWW-Authenticate: Bearer error="invalid_token",
 * error_description="The access token expired"`), often with an empty body. Runs after the body
 * dialects: a body that explains itself wins.
 */
export const wwwAuthenticateDialect = /* @__PURE__ */ defineDialect('www-authenticate', (body, context) => {
  const challenge = context.headers.get('www-authenticate');
  if (challenge === undefined || challenge.length > 4096) return undefined;
  if (typeof body === 'string' && body.trim().startsWith('<')) return undefined; // an error page explains more
  const sourceCode = ERROR.exec(challenge)?.[1];
  if (sourceCode === undefined) return undefined;
  return { sourceCode, message: DESCRIPTION.exec(challenge)?.[1] };
});
