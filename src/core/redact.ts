import { LIMITS } from './limits.js';

/** Query and fragment parameters whose values are secrets (compared lower-cased, '-' as '_'). */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'token', 'access_token', 'refresh_token', 'id_token', 'api_key', 'apikey', 'key', 'consumer_key',
  'consumer_secret', 'password', 'passwd', 'pwd', 'secret', 'client_secret', 'signature', 'sig',
  'auth', 'authorization', 'code', 'session', 'session_id', 'sessionid', 'jwt', 'nonce', '_wpnonce',
  'x_amz_signature', 'x_amz_credential', 'x_amz_security_token', 'oauth_signature', 'oauth_token',
  'private_token', 'otp', 'credential', 'credentials',
]);

export const REDACTED = '[redacted]';

function redactParams(part: string): string {
  return part
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw name
      }
      const key = name.toLowerCase().replace(/-/g, '_');
      return SECRET_PARAMS.has(key) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

/**
 * A URL safe to show and log: credentials in the userinfo part and the values of
 * secret query/fragment parameters become `[redacted]`. Works on relative URLs too.
 */
export function redactUrl(url: string): string {
  let text = url.length > LIMITS.maxUrlChars ? url.slice(0, LIMITS.maxUrlChars) : url;
  // userinfo: scheme://user:pass@host -> scheme://[redacted]@host
  const scheme = /^([a-z][a-z0-9+.-]*:)?\/\//i.exec(text);
  if (scheme) {
    const start = scheme[0].length;
    const end = text.slice(start).search(/[/?#]/);
    const authorityEnd = end < 0 ? text.length : start + end;
    const at = text.lastIndexOf('@', authorityEnd - 1);
    if (at >= start) text = `${text.slice(0, start)}${REDACTED}@${text.slice(at + 1)}`;
  }
  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const fragment = hash < 0 ? undefined : text.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  const path = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? undefined : beforeHash.slice(q + 1);
  return (
    path +
    (query === undefined ? '' : `?${redactParams(query)}`) +
    (fragment === undefined ? '' : `#${redactParams(fragment)}`)
  );
}
