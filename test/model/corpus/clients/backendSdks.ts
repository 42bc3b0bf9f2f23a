// Errors thrown by backend-as-a-service and RPC clients: Supabase (postgrest-js, auth-js,
// functions-js), tRPC, urql, graphql-request, Slack's @slack/web-api and Octokit.
import { NOW_S, type ThrownRow } from '../row.js';

// ---- Supabase ---------------------------------------------------------------------------------
/** postgrest-js PostgrestError (thrown by `.throwOnError()`); no status on the error. */
class PostgrestError extends Error {
  details?: string;
  hint?: string;
  code?: string;
  constructor(context: { message: string; details?: string; hint?: string; code?: string }) {
    super(context.message);
    this.name = 'PostgrestError';
    this.details = context.details;
    this.hint = context.hint;
    this.code = context.code;
  }
}

/** auth-js errors: `status` and `code` own properties, `__isAuthError` marker. */
class AuthError extends Error {
  code: string | undefined;
  status: number | undefined;
  protected __isAuthError = true;
  constructor(message: string, status?: number, code?: string) {
    super(message);
    this.name = 'AuthError';
    this.status = status;
    this.code = code;
  }
}
class AuthApiError extends AuthError {
  constructor(message: string, status: number, code: string | undefined) {
    super(message, status, code);
    this.name = 'AuthApiError';
  }
}
class CustomAuthError extends AuthError {
  constructor(message: string, name: string, status: number, code: string | undefined) {
    super(message, status, code);
    this.name = name;
  }
}
class AuthRetryableFetchError extends CustomAuthError {
  constructor(message: string, status: number) {
    super(message, 'AuthRetryableFetchError', status, undefined);
  }
}
class AuthWeakPasswordError extends CustomAuthError {
  reasons: string[];
  constructor(message: string, status: number, reasons: string[]) {
    super(message, 'AuthWeakPasswordError', status, 'weak_password');
    this.reasons = reasons;
  }
}

/** functions-js: the failed Response (or the fetch error) is kept as `context`. */
class FunctionsError extends Error {
  context: unknown;
  constructor(message: string, name = 'FunctionsError', context?: unknown) {
    super(message);
    this.name = name;
    this.context = context;
  }
}
class FunctionsHttpError extends FunctionsError {
  constructor(context: unknown) {
    super('Edge Function returned a non-2xx status code', 'FunctionsHttpError', context);
  }
}
class FunctionsFetchError extends FunctionsError {
  constructor(context: unknown) {
    super('Failed to send a request to the Edge Function', 'FunctionsFetchError', context);
  }
}
class FunctionsRelayError extends FunctionsError {
  constructor(context: unknown) {
    super('Relay Error invoking the Edge Function', 'FunctionsRelayError', context);
  }
}

// ---- tRPC (@trpc/client TRPCClientError) -------------------------------------------------------
class TRPCClientError extends Error {
  override readonly cause: unknown;
  readonly shape: unknown;
  readonly data: unknown;
  meta: Record<string, unknown> | undefined;
  constructor(message: string, opts?: { result?: { error: { message: string; code: number; data: unknown } }; cause?: Error; meta?: Record<string, unknown> }) {
    super(message, { cause: opts?.cause });
    this.meta = opts?.meta;
    this.cause = opts?.cause;
    this.shape = opts?.result?.error;
    this.data = opts?.result?.error.data;
    this.name = 'TRPCClientError';
    Object.setPrototypeOf(this, TRPCClientError.prototype);
  }
}
/** httpLink: the JSON-RPC error envelope from the server, with the Response in `meta`. */
function trpcError(code: string, jsonRpcCode: number, httpStatus: number, message: string, headers: Record<string, string> = {}): TRPCClientError {
  const result = { error: { message, code: jsonRpcCode, data: { code, httpStatus, path: 'post.create' } } };
  const response = new Response(JSON.stringify(result), { status: httpStatus, headers: { 'content-type': 'application/json', ...headers } });
  return new TRPCClientError(message, { result, meta: { response, responseJSON: result } });
}

// ---- urql (@urql/core CombinedError) ------------------------------------------------------------
class CombinedError extends Error {
  override name: string;
  override message: string;
  graphQLErrors: { message: string; extensions: Record<string, unknown>; path?: readonly (string | number)[] }[];
  networkError?: Error;
  response?: unknown;
  constructor({ networkError, graphQLErrors, response }: { networkError?: Error; graphQLErrors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[]; response?: unknown }) {
    const normalized = (graphQLErrors ?? []).map((e) => Object.assign(new Error(e.message), { name: 'GraphQLError', extensions: e.extensions ?? {}, path: e.path }));
    const message = networkError ? `[Network] ${networkError.message}` : normalized.map((e) => `[GraphQL] ${e.message}`).join('\n');
    super(message);
    this.name = 'CombinedError';
    this.message = message;
    this.graphQLErrors = normalized;
    this.networkError = networkError;
    this.response = response;
  }
}

// ---- graphql-request (ClientError: name left as 'Error') ---------------------------------------
class ClientError extends Error {
  response: { errors?: unknown[]; data?: unknown; extensions?: unknown; status: number; headers: Headers; body?: string };
  request: { query: string; variables?: Record<string, unknown> };
  constructor(response: ClientError['response'], request: ClientError['request']) {
    super(`${(response.errors?.[0] as { message?: string } | undefined)?.message ?? `GraphQL Error (Code: ${response.status})`}: ${JSON.stringify({ response: { ...response, headers: {} }, request })}`);
    Object.setPrototypeOf(this, ClientError.prototype);
    this.response = response;
    this.request = request;
  }
}
const gqlRequest = { query: 'mutation { createOrder(input: {sku: "A1"}) { id } }', variables: {} };

// ---- Slack (@slack/web-api errors.ts: errorWithCode on a plain Error) ----------------------------
const slackPlatformError = (result: Record<string, unknown>) => Object.assign(new Error(`An API error occurred: ${String(result.error)}`), { code: 'slack_webapi_platform_error', data: result });
const slackRateLimited = (retrySec: number) =>
  Object.assign(new Error(`A rate-limit has been reached, you may retry this request in ${retrySec} seconds`), { code: 'slack_webapi_rate_limited_error', retryAfter: retrySec });
const slackHttpError = (status: number, statusText: string, headers: Record<string, string>, body: unknown) =>
  Object.assign(new Error(`An HTTP protocol error occurred: statusCode = ${status}`), { code: 'slack_webapi_http_error', statusCode: status, statusMessage: statusText, headers, body });
const slackRequestError = (original: Error) => Object.assign(new Error(`A request error occurred: ${original.message}`), { code: 'slack_webapi_request_error', original });

// ---- Octokit (@octokit/request-error RequestError, name 'HttpError') -----------------------------
class RequestError extends Error {
  override name: 'HttpError';
  status: number;
  request: { method: string; url: string; headers: Record<string, string> };
  response?: { url: string; status: number; headers: Record<string, string>; data: unknown };
  constructor(message: string, statusCode: number, options: { request: RequestError['request']; response?: RequestError['response']; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.status = Number.parseInt(String(statusCode));
    if (Number.isNaN(this.status)) this.status = 0;
    if ('response' in options) this.response = options.response;
    this.request = { ...options.request, headers: { ...options.request.headers, authorization: 'token [REDACTED]' } };
  }
}
const ghRequest = { method: 'POST', url: 'https://api.github.com/repos/octo/hello/issues', headers: { accept: 'application/vnd.github.v3+json', authorization: 'token ghp_secret' } };
function octokitError(status: number, data: unknown, headers: Record<string, string>): RequestError {
  const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : 'Unknown error';
  return new RequestError(message, status, { request: ghRequest, response: { url: ghRequest.url, status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, data } });
}

export const BACKEND_SDKS: readonly ThrownRow[] = [
  // Supabase PostgREST: the SQLSTATE or PGRST code is all the thrown error carries.
  {
    name: 'Supabase PostgrestError PGRST301 JWT expired',
    thrown: () => new PostgrestError({ message: 'JWT expired', code: 'PGRST301', details: null as unknown as string, hint: null as unknown as string }),
    expect: { category: 'authentication', sourceCode: 'PGRST301' },
  },
  {
    name: 'Supabase PostgrestError 23505 unique violation',
    thrown: () => new PostgrestError({ message: 'duplicate key value violates unique constraint "profiles_username_key"', code: '23505', details: 'Key (username)=(ada) already exists.', hint: '' }),
    expect: { category: 'conflict', sourceCode: '23505' },
  },
  {
    name: 'Supabase PostgrestError 42501 RLS violation',
    thrown: () => new PostgrestError({ message: 'new row violates row-level security policy for table "orders"', code: '42501', details: '', hint: '' }),
    expect: { category: 'authorization', sourceCode: '42501' },
  },
  {
    name: 'Supabase PostgrestError 23503 foreign key violation',
    thrown: () => new PostgrestError({ message: 'insert or update on table "orders" violates foreign key constraint "orders_user_id_fkey"', code: '23503', details: 'Key (user_id)=(42) is not present in table "users".', hint: '' }),
    expect: { category: 'conflict', sourceCode: '23503' },
  },
  {
    name: 'Supabase PostgrestError fetch failed (no code)',
    thrown: () => new PostgrestError({ message: 'TypeError: fetch failed', details: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13', hint: '', code: '' }),
    expect: { category: 'connection' },
  },
  {
    name: 'Supabase AuthApiError invalid_credentials 400',
    thrown: () => new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'),
    expect: { category: 'authentication', status: 400, sourceCode: 'invalid_credentials' },
  },
  {
    name: 'Supabase AuthApiError session_expired 403',
    thrown: () => new AuthApiError('Session expired', 403, 'session_expired'),
    expect: { category: 'authentication', status: 403, sourceCode: 'session_expired' },
  },
  {
    name: 'Supabase AuthApiError refresh_token_not_found 400',
    thrown: () => new AuthApiError('Invalid Refresh Token: Refresh Token Not Found', 400, 'refresh_token_not_found'),
    expect: { category: 'authentication', status: 400, sourceCode: 'refresh_token_not_found' },
  },
  {
    name: 'Supabase AuthApiError refresh_token_already_used 400',
    thrown: () => new AuthApiError('Invalid Refresh Token: Already Used', 400, 'refresh_token_already_used'),
    expect: { category: 'authentication', status: 400, sourceCode: 'refresh_token_already_used' },
  },
  {
    name: 'Supabase AuthApiError over_email_send_rate_limit 429',
    thrown: () => new AuthApiError('email rate limit exceeded', 429, 'over_email_send_rate_limit'),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'over_email_send_rate_limit' },
  },
  {
    name: 'Supabase AuthApiError user_already_exists 422',
    thrown: () => new AuthApiError('User already registered', 422, 'user_already_exists'),
    expect: { category: 'conflict', status: 422, sourceCode: 'user_already_exists' },
  },
  {
    name: 'Supabase AuthWeakPasswordError 422',
    thrown: () => new AuthWeakPasswordError('Password should be at least 8 characters.', 422, ['length']),
    expect: { category: 'request', status: 422, sourceCode: 'weak_password' },
  },
  {
    name: 'Supabase AuthRetryableFetchError status 0 (offline)',
    thrown: () => new AuthRetryableFetchError('Failed to fetch', 0),
    expect: { category: 'connection' },
  },
  {
    name: 'Supabase AuthRetryableFetchError 503',
    thrown: () => new AuthRetryableFetchError('{"message":"upstream connect error"}', 503),
    expect: { category: 'server', status: 503 },
  },
  {
    name: 'Supabase FunctionsHttpError 401 (context Response)',
    thrown: () => new FunctionsHttpError(new Response(JSON.stringify({ code: 401, message: 'Invalid JWT' }), { status: 401, headers: { 'content-type': 'application/json', 'sb-request-id': 'sb-req-1' } })),
    expect: { category: 'authentication', status: 401 },
  },
  {
    name: 'Supabase FunctionsHttpError 500 (context Response)',
    thrown: () => new FunctionsHttpError(new Response('{"error":"boom"}', { status: 500, headers: { 'content-type': 'application/json' } })),
    expect: { category: 'server', status: 500 },
  },
  {
    name: 'Supabase FunctionsFetchError (context TypeError)',
    thrown: () => new FunctionsFetchError(new TypeError('Failed to fetch')),
    expect: { category: 'connection' },
  },
  {
    name: 'Supabase FunctionsRelayError 502',
    thrown: () => new FunctionsRelayError(new Response('{"message":"relay error"}', { status: 502, headers: { 'x-relay-error': 'true' } })),
    expect: { category: 'server', status: 502 },
  },

  // tRPC: the server's code and HTTP status in `data`, the Response in `meta`.
  {
    name: 'tRPC TRPCClientError UNAUTHORIZED',
    thrown: () => trpcError('UNAUTHORIZED', -32001, 401, 'You must be logged in'),
    expect: { category: 'authentication', status: 401, sourceCode: 'UNAUTHORIZED' },
  },
  {
    name: 'tRPC TRPCClientError FORBIDDEN',
    thrown: () => trpcError('FORBIDDEN', -32003, 403, 'Not your post'),
    expect: { category: 'authorization', status: 403, sourceCode: 'FORBIDDEN' },
  },
  {
    name: 'tRPC TRPCClientError TOO_MANY_REQUESTS with retry-after',
    thrown: () => trpcError('TOO_MANY_REQUESTS', -32029, 429, 'Slow down', { 'retry-after': '9' }),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'TOO_MANY_REQUESTS', retryInSeconds: 9 },
  },
  {
    name: 'tRPC TRPCClientError NOT_FOUND',
    thrown: () => trpcError('NOT_FOUND', -32004, 404, 'Post not found'),
    expect: { category: 'not_found', status: 404, sourceCode: 'NOT_FOUND' },
  },
  {
    name: 'tRPC TRPCClientError BAD_REQUEST (zod)',
    thrown: () => trpcError('BAD_REQUEST', -32600, 400, '[{"code":"too_small","minimum":1,"path":["title"],"message":"String must contain at least 1 character(s)"}]'),
    expect: { category: 'request', status: 400, sourceCode: 'BAD_REQUEST', fieldKeys: 'skip' },
  },
  {
    name: 'tRPC TRPCClientError INTERNAL_SERVER_ERROR',
    thrown: () => trpcError('INTERNAL_SERVER_ERROR', -32603, 500, 'Something broke'),
    expect: { category: 'server', status: 500, sourceCode: 'INTERNAL_SERVER_ERROR' },
  },
  {
    name: 'tRPC TRPCClientError from fetch failure',
    thrown: () => new TRPCClientError('Failed to fetch', { cause: new TypeError('Failed to fetch') }),
    expect: { category: 'connection' },
  },

  // urql: GraphQL errors or a network error, with the fetch Response when there was one.
  {
    name: 'urql CombinedError GraphQL UNAUTHENTICATED',
    thrown: () => new CombinedError({ graphQLErrors: [{ message: 'Not authenticated', extensions: { code: 'UNAUTHENTICATED' } }], response: new Response(null, { status: 200 }) }),
    expect: { category: 'authentication', sourceCode: 'UNAUTHENTICATED', status: 'skip' },
  },
  {
    name: 'urql CombinedError GraphQL FORBIDDEN',
    thrown: () => new CombinedError({ graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' }, path: ['deleteUser'] }] }),
    expect: { category: 'authorization', sourceCode: 'FORBIDDEN' },
  },
  {
    name: 'urql CombinedError network Failed to fetch',
    thrown: () => new CombinedError({ networkError: new TypeError('Failed to fetch') }),
    expect: { category: 'connection' },
  },
  {
    name: 'urql CombinedError network 503 statusText',
    thrown: () => new CombinedError({ networkError: new Error('Service Unavailable'), response: new Response('<html>503</html>', { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'text/html', 'retry-after': '30' } }) }),
    expect: { category: 'server', status: 503, retryInSeconds: 30 },
  },
  {
    name: 'urql CombinedError network 401 with GraphQL body errors',
    thrown: () =>
      new CombinedError({
        graphQLErrors: [{ message: 'Invalid token', extensions: { code: 'INVALID_TOKEN' } }],
        response: new Response('{"errors":[{"message":"Invalid token","extensions":{"code":"INVALID_TOKEN"}}]}', { status: 401, headers: { 'content-type': 'application/json' } }),
      }),
    expect: { category: 'authentication', sourceCode: 'INVALID_TOKEN', status: 'skip' },
  },

  // graphql-request: `response` carries errors, status and a fetch Headers.
  {
    name: 'graphql-request ClientError BAD_USER_INPUT (200)',
    thrown: () =>
      new ClientError({ errors: [{ message: 'Invalid SKU', extensions: { code: 'BAD_USER_INPUT' } }], data: null, status: 200, headers: new Headers({ 'content-type': 'application/json', 'x-request-id': 'gr-200' }) }, gqlRequest),
    expect: { category: 'request', status: 'skip', sourceCode: 'BAD_USER_INPUT', requestId: 'gr-200', fieldKeys: 'skip' },
  },
  {
    name: 'graphql-request ClientError 401 UNAUTHENTICATED',
    thrown: () => new ClientError({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }], status: 401, headers: new Headers({ 'content-type': 'application/json' }) }, gqlRequest),
    expect: { category: 'authentication', status: 401, sourceCode: 'UNAUTHENTICATED' },
  },
  {
    name: 'graphql-request ClientError 429 with retry-after',
    thrown: () => new ClientError({ errors: [{ message: 'Too many requests' }], status: 429, headers: new Headers({ 'retry-after': '11' }) }, gqlRequest),
    expect: { category: 'rate_limit', status: 429, retryInSeconds: 11 },
  },
  {
    name: 'graphql-request ClientError 502 text body',
    thrown: () => new ClientError({ status: 502, headers: new Headers({ 'content-type': 'text/html' }), body: '<html><title>502 Bad Gateway</title></html>' }, gqlRequest),
    expect: { category: 'server', status: 502 },
  },
  {
    name: 'graphql-request ClientError Shopify THROTTLED (200)',
    thrown: () =>
      new ClientError(
        { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }], extensions: { cost: { requestedQueryCost: 101, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 12, restoreRate: 50 } } }, status: 200, headers: new Headers({ 'x-request-id': 'shop-gq-1' }) },
        gqlRequest,
      ),
    expect: { category: 'rate_limit', status: 'skip', sourceCode: 'THROTTLED', requestId: 'shop-gq-1' },
  },

  // Slack @slack/web-api: codes on a plain Error, the API's answer in `data`.
  { name: 'Slack WebAPIPlatformError invalid_auth', thrown: () => slackPlatformError({ ok: false, error: 'invalid_auth', response_metadata: {} }), expect: { category: 'authentication', sourceCode: 'invalid_auth' } },
  { name: 'Slack WebAPIPlatformError channel_not_found', thrown: () => slackPlatformError({ ok: false, error: 'channel_not_found' }), expect: { category: 'not_found', sourceCode: 'channel_not_found' } },
  {
    name: 'Slack WebAPIPlatformError missing_scope',
    thrown: () => slackPlatformError({ ok: false, error: 'missing_scope', needed: 'chat:write', provided: 'channels:read', response_metadata: {} }),
    expect: { category: 'authorization', sourceCode: 'missing_scope' },
  },
  {
    name: 'Slack WebAPIRateLimitedError retryAfter 30',
    thrown: () => slackRateLimited(30),
    expect: { category: 'rate_limit', sourceCode: 'slack_webapi_rate_limited_error', retryInSeconds: 30 },
  },
  {
    name: 'Slack WebAPIHTTPError 503',
    thrown: () => slackHttpError(503, 'Service Unavailable', { 'content-type': 'text/html', 'retry-after': '5', 'x-slack-req-id': 'slk-503' }, '<html>Service Unavailable</html>'),
    expect: { category: 'server', status: 503, retryInSeconds: 5 },
  },
  {
    name: 'Slack WebAPIRequestError (ENOTFOUND)',
    thrown: () => slackRequestError(Object.assign(new Error('getaddrinfo ENOTFOUND slack.com'), { code: 'ENOTFOUND', syscall: 'getaddrinfo' })),
    expect: { category: 'connection' },
  },

  // Octokit: `status` on the error, `response.headers` a plain object.
  {
    name: 'Octokit RequestError 404',
    thrown: () => octokitError(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '404' }, { 'x-github-request-id': 'C0DE:1234:56789A:BCDEF0:67C2F3A0' }),
    expect: { category: 'not_found', status: 404, requestId: 'C0DE:1234:56789A:BCDEF0:67C2F3A0' },
  },
  {
    name: 'Octokit RequestError 403 primary rate limit (x-ratelimit-remaining 0)',
    thrown: () =>
      octokitError(
        403,
        { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
        { 'x-github-request-id': 'RL01:AAAA', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(NOW_S + 600), 'x-ratelimit-resource': 'core' },
      ),
    expect: { category: 'rate_limit', status: 403, requestId: 'RL01:AAAA', retryInSeconds: 600 },
  },
  {
    name: 'Octokit RequestError 403 secondary rate limit with retry-after',
    thrown: () =>
      octokitError(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': '60', 'x-github-request-id': 'RL02:BBBB' }),
    expect: { category: 'rate_limit', status: 403, requestId: 'RL02:BBBB', retryInSeconds: 60 },
  },
  {
    name: 'Octokit RequestError 401 Bad credentials',
    thrown: () => octokitError(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, { 'x-github-request-id': 'AU01:CCCC' }),
    expect: { category: 'authentication', status: 401, requestId: 'AU01:CCCC' },
  },
  {
    name: 'Octokit RequestError 422 Validation Failed',
    thrown: () =>
      octokitError(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue' }, { 'x-github-request-id': 'VF01:DDDD' }),
    expect: { category: 'request', status: 422, requestId: 'VF01:DDDD', fieldKeys: ['title'] },
  },
  {
    name: 'Octokit RequestError 500 network failure (fetch failed cause)',
    thrown: () => {
      const cause = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { code: 'ENOTFOUND', syscall: 'getaddrinfo' }) });
      const error = new RequestError('getaddrinfo ENOTFOUND api.github.com', 500, { request: ghRequest });
      (error as { cause?: unknown }).cause = cause;
      return error;
    },
    // Octokit reports a request that never got an answer as status 500, with the fetch error as cause.
    expect: { category: 'connection', status: 'skip', sourceCode: 'ENOTFOUND' },
  },
  {
    name: 'Octokit RequestError 502 HTML string data',
    thrown: () => octokitError(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' }),
    expect: { category: 'server', status: 502 },
  },
];
