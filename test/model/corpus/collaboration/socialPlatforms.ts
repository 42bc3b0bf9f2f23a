// Social and media platforms: Meta Graph API (Facebook, Instagram, WhatsApp Cloud), LinkedIn,
// Spotify, Reddit, Vimeo.
import type { HttpRow } from '../row.js';

/** Meta's Graph API error object; `fbtrace_id` is the id Meta asks for in support requests. */
const graph = (code: number, message: string, extra: Record<string, unknown> = {}) => ({
  error: { message, type: 'OAuthException', code, ...extra, fbtrace_id: `A${code}xYzTrace` },
});

export const SOCIAL: readonly HttpRow[] = [
  {
    name: 'Meta 400 OAuthException 190/463 session expired, with WWW-Authenticate',
    status: 400,
    headers: { 'www-authenticate': 'OAuth "Facebook Platform" "invalid_token" "Error validating access token: Session has expired on Friday, 28-Feb-25 10:00:00 PST."' },
    body: graph(190, 'Error validating access token: Session has expired on Friday, 28-Feb-25 10:00:00 PST. The current time is Saturday, 01-Mar-25 04:00:00 PST.', { error_subcode: 463 }),
    expect: { category: 'authentication', requestId: 'A190xYzTrace' },
  },
  {
    name: 'Meta 400 OAuthException 190/460 password changed',
    status: 400,
    body: graph(190, 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.', { error_subcode: 460 }),
    expect: { category: 'authentication' },
  },
  {
    name: 'Meta 400 OAuthException 190 cannot parse access token',
    status: 400,
    body: graph(190, 'Invalid OAuth access token - Cannot parse access token'),
    expect: { category: 'authentication' },
  },
  {
    name: 'Meta 400 code 102 API session',
    status: 400,
    body: graph(102, 'Session key invalid or no longer valid'),
    expect: { category: 'authentication' },
  },
  {
    name: 'Meta 403 code 4 application request limit reached',
    status: 403,
    body: graph(4, '(#4) Application request limit reached', { is_transient: true }),
    expect: { category: 'rate_limit', requestId: 'A4xYzTrace' },
  },
  {
    name: 'Meta 400 code 17 user request limit reached',
    status: 400,
    body: graph(17, '(#17) User request limit reached', { error_subcode: 2446079, is_transient: true }),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Meta 400 code 32 page request limit reached',
    status: 400,
    body: graph(32, '(#32) Page request limit reached'),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Meta 400 code 613 calls exceeded the rate',
    status: 400,
    body: graph(613, '(#613) Calls to outcome prediction api have exceeded the rate of 4500 calls per 60 seconds.'),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Meta Marketing 400 code 80004 too many calls to this ad account',
    status: 400,
    body: graph(80004, 'There have been too many calls to this ad-account. Wait a bit and try again.', { error_subcode: 2446079 }),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Meta 403 code 10 application does not have permission',
    status: 403,
    body: graph(10, '(#10) Application does not have permission for this action'),
    expect: { category: 'authorization' },
  },
  {
    name: 'Meta 400 code 200 missing permission (type OAuthException)',
    status: 400,
    body: graph(200, '(#200) Requires pages_read_engagement permission to manage the object'),
    expect: { category: 'authorization' },
  },
  {
    name: 'Meta 400 code 100 required parameter',
    status: 400,
    body: graph(100, '(#100) The parameter message is required'),
    expect: { category: 'request' },
  },
  {
    name: 'Meta 500 code 2 service temporarily unavailable',
    status: 500,
    body: graph(2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true }),
    expect: { category: 'server' },
  },
  {
    name: 'Meta 400 code 368 temporarily blocked for policy violations',
    status: 400,
    body: graph(368, 'The action attempted has been deemed abusive or is otherwise disallowed'),
    expect: { category: 'authorization' },
  },
  {
    name: 'WhatsApp Cloud 400 code 130429 rate limit hit',
    status: 400,
    body: graph(130429, '(#130429) Rate limit hit', { error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' } }),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'WhatsApp Cloud 400 code 131056 pair rate limit hit',
    status: 400,
    body: graph(131056, '(#131056) (Business Account, Consumer Account) pair rate limit hit', { error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.' } }),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Instagram Graph 400 OAuthException 190 invalid token',
    status: 400,
    body: graph(190, 'Invalid OAuth access token.'),
    expect: { category: 'authentication' },
  },

  {
    name: 'LinkedIn 401 INVALID_ACCESS_TOKEN 65600',
    status: 401,
    body: { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' },
    expect: { category: 'authentication', sourceCode: 'INVALID_ACCESS_TOKEN' },
  },
  {
    name: 'LinkedIn 401 EXPIRED_ACCESS_TOKEN 65602',
    status: 401,
    body: { status: 401, serviceErrorCode: 65602, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' },
    expect: { category: 'authentication', sourceCode: 'EXPIRED_ACCESS_TOKEN' },
  },
  {
    name: 'LinkedIn 403 ACCESS_DENIED not enough permissions',
    status: 403,
    body: { status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message: 'Not enough permissions to access: GET /rest/organizationAcls' },
    expect: { category: 'authorization', sourceCode: 'ACCESS_DENIED' },
  },
  {
    name: 'LinkedIn 429 application day limit',
    status: 429,
    body: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.' },
    expect: { category: 'rate_limit', sourceCode: 'TOO_MANY_REQUESTS' },
  },

  { name: 'Spotify 401 access token expired', status: 401, body: { error: { status: 401, message: 'The access token expired' } }, expect: { category: 'authentication' } },
  { name: 'Spotify 401 invalid access token', status: 401, body: { error: { status: 401, message: 'Invalid access token' } }, expect: { category: 'authentication' } },
  {
    name: 'Spotify 403 premium required',
    status: 403,
    body: { error: { status: 403, message: 'Player command failed: Premium required', reason: 'PREMIUM_REQUIRED' } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Spotify 429 with Retry-After',
    status: 429,
    headers: { 'retry-after': '17' },
    body: { error: { status: 429, message: 'API rate limit exceeded' } },
    expect: { category: 'rate_limit', retryInSeconds: 17 },
  },
  { name: 'Spotify 404 non existing id', status: 404, body: { error: { status: 404, message: "Non existing id: 'spotify:track:0000000000000000000000'" } }, expect: { category: 'not_found' } },
  { name: 'Spotify 502 bad gateway', status: 502, body: { error: { status: 502, message: 'Bad gateway.' } }, expect: { category: 'server' } },
  {
    name: 'Spotify accounts 400 invalid_grant refresh token revoked',
    status: 400,
    body: { error: 'invalid_grant', error_description: 'Refresh token revoked' },
    expect: { category: 'authentication', sourceCode: 'invalid_grant' },
  },

  {
    name: 'Reddit 429 with x-ratelimit-remaining 0.0 and reset seconds',
    status: 429,
    headers: { 'x-ratelimit-used': '100', 'x-ratelimit-remaining': '0.0', 'x-ratelimit-reset': '243' },
    body: { message: 'Too Many Requests', error: 429 },
    expect: { category: 'rate_limit', retryInSeconds: 243 },
  },
  { name: 'Reddit 401 Unauthorized', status: 401, body: { message: 'Unauthorized', error: 401 }, expect: { category: 'authentication' } },
  { name: 'Reddit 403 private subreddit', status: 403, body: { reason: 'private', message: 'Forbidden', error: 403 }, expect: { category: 'authorization' } },
  { name: 'Reddit 404 Not Found', status: 404, body: { message: 'Not Found', error: 404 }, expect: { category: 'not_found' } },

  {
    name: 'Vimeo 401 invalid access token 8003',
    status: 401,
    body: { error: 'You must provide a valid authenticated access token.', link: null, developer_message: 'You must provide a valid authenticated access token.', error_code: 8003 },
    expect: { category: 'authentication' },
  },
  {
    name: 'Vimeo 429 with exhausted X-RateLimit headers',
    status: 429,
    headers: { 'x-ratelimit-limit': '250', 'x-ratelimit-remaining': '0' },
    body: { error: 'Too many API requests. Please wait a bit and try again.' },
    expect: { category: 'rate_limit' },
  },
];
