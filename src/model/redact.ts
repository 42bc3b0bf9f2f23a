import { MAX_URL_CHARS } from './limits.js';

/** Query and fragment parameters whose values are secrets (compared lower-cased, '-' as '_'). */
export const SECRET_PARAMS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'token', 'access_token', 'refresh_token', 'id_token', 'api_key', 'apikey', 'key', 'consumer_key',
  'consumer_secret', 'password', 'passwd', 'pwd', 'secret', 'client_secret', 'signature', 'sig',
  'auth', 'authorization', 'code', 'session', 'session_id', 'sessionid', 'jwt', 'nonce', '_wpnonce',
  'x_amz_signature', 'x_amz_credential', 'x_amz_security_token', 'oauth_signature', 'oauth_token',
  'private_token', 'otp', 'credential', 'credentials', 'jsessionid', 'phpsessid', 'sid',
]);

export const REDACTED = '[redacted]';

/**
 * True for a parameter name that holds a secret. Bracketed and dotted names count by any
 * segment (`user[password]`, `auth.token`), since PHP and Rails nest form fields that way.
 */
export function isSecretParam(rawName: string): boolean {
  let name = rawName;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    // keep the raw name
  }
  const key = name.toLowerCase().replace(/-/g, '_');
  if (SECRET_PARAMS.has(key)) return true;
  return key.split(/[[\].]+/).some((segment) => segment !== '' && SECRET_PARAMS.has(segment));
}

function redactParams(part: string, separator: string): string {
  return part
    .split(separator)
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      return isSecretParam(pair.slice(0, eq)) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join(separator);
}

/** Path segments may carry `;name=value` parameters (`;jsessionid=...`). */
function redactPathParams(path: string): string {
  return path.includes(';') ? path.split('/').map((segment) => redactParams(segment, ';')).join('/') : path;
}

/**
 * A URL safe to show and log: credentials in the userinfo part and the values of
 * secret query/fragment/path parameters become `[redacted]`. Works on relative URLs too.
 */
export function redactUrl(url: string): string {
  let text = url.length > MAX_URL_CHARS ? url.slice(0, MAX_URL_CHARS) : url;
  // userinfo: scheme://user:pass@host -> scheme://[redacted]@host (browsers read '\' as '/' here too)
  const scheme = /^\s*([a-z][a-z0-9+.-]*:)?[/\\]{2}/i.exec(text);
  if (scheme) {
    const start = scheme[0].length;
    const end = text.slice(start).search(/[/\\?#]/);
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
    redactPathParams(path) +
    (query === undefined ? '' : `?${redactParams(query, '&')}`) +
    (fragment === undefined ? '' : `#${redactParams(fragment, '&')}`)
  );
}

// Names whose values are secrets in free text ("password: x", "api_key=x", '"token":"x"').
// Long words count anywhere in a name (access_token, consumer_secret, x-amz-signature); short
// ones only as the whole name, or 'design' would count as 'sig'.
const SECRET_WORDS = /token|secret|passw(?:or)?d|api[_-]?key|signature|cookie|authorization|credential|session[_-]?id|consumer[_-]?key|private[_-]?key|access[_-]?key/i;
const SECRET_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(['pwd', 'jwt', 'otp', 'sig', 'session', 'auth']);

function isSecretName(name: string): boolean {
  return SECRET_WORDS.test(name) || SECRET_NAMES.has(name.toLowerCase());
}

// Sentence punctuation that ends an unquoted secret value; kept outside the redaction.
const TRAILING_PUNCTUATION = /[).!?>]+$/;

// Each pattern is linear: a name starts only after a non-name character, values are one run.
const TEXT_PATTERNS: readonly (readonly [RegExp, (match: string, ...groups: string[]) => string])[] = [
  // Authorization schemes: "Bearer eyJ...", "Basic dXNlcjpwYXNz".
  [/\b(bearer|basic|digest|token)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi, (_m, scheme = '', space = '') => `${scheme}${space}${REDACTED}`],
  // A Cookie header keeps all its pairs: "Cookie: a=1; session=xyz".
  [/\b(set-cookie|cookie)(\s*[:=]\s*)[^;\s,]+(?:;\s*[^;\s,=]+=[^;\s,]*)*/gi, (_m, name = '', sep = '') => `${name}${sep}${REDACTED}`],
  // name=value, name: value, "name": "value" for secret names.
  [
    /(^|[^A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,100})("?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;&"'}\]]+)/g,
    (match, before = '', name = '', sep = '', value = '') => {
      // Already redacted (text scrubbed twice stays the same).
      if (!isSecretName(name) || value.replace(/^["']/, '').startsWith('[redacted')) return match;
      const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
      // Closing punctuation after an unquoted value belongs to the sentence: "(password=x)".
      const trailing = quote === '' ? (TRAILING_PUNCTUATION.exec(value)?.[0] ?? '') : '';
      return `${before}${name}${sep}${quote}${REDACTED}${quote}${trailing}`;
    },
  ],
  // Parameters of URLs echoed in text: "?code=abc&sig=def".
  [/([?&#;])([^=&#\s?;]{1,100})=([^&#\s;]*)/g, (match, sep = '', name = '') => (isSecretParam(name) ? `${sep}${name}=${REDACTED}` : match)],
  // Credentials recognizable by shape alone: JWTs and well-known key prefixes.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, () => REDACTED],
  [
    /\b(?:(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{8,}|(?:ck|cs)_[A-Fa-f0-9]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,})/g,
    () => REDACTED,
  ],
];

// Something every pattern above needs to match (a separator, a scheme word and value, a key
// prefix; the cookie pattern needs a separator too).
// Most server messages have none of these, and one scan is far cheaper than six replaces.
const MAY_HOLD_SECRET = /[:=]|(?:bearer|basic|digest|token)\s+[\w.~+/=-]{8}|eyJ|_live_|_test_|c[ks]_|gh[pousr]_|github_pat_|AKIA|xox/i;

/**
 * Removes what looks like a credential from free text (a server message that echoes a header,
 * a query string or a form back). Defence in depth: it cannot know every secret's shape.
 */
export function scrubSecretText(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  return TEXT_PATTERNS.reduce((out, [pattern, replace]) => out.replace(pattern, replace), text);
}
