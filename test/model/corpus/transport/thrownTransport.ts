// Thrown transport errors and client-library error objects, shaped as the libraries build them.
import type { ThrownRow } from '../row.js';

const typeError = (message: string, cause?: unknown) => (cause === undefined ? new TypeError(message) : new TypeError(message, { cause }));
const sysError = (code: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { code, errno: -1, ...extra });

/** Like axios' AxiosHeaders: lowercase own keys, case-insensitive `get` on the prototype. */
class AxiosHeadersLike {
  [key: string]: unknown;
  constructor(init: Record<string, string>) {
    for (const [k, v] of Object.entries(init)) this[k.toLowerCase()] = v;
  }
  get(name: string): unknown {
    return this[name.toLowerCase()];
  }
  has(name: string): boolean {
    return name.toLowerCase() in this;
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this));
  }
}

/** Like axios' AxiosError (1.x): an Error with code, config, request, response, status. */
class AxiosErrorLike extends Error {
  override name = 'AxiosError';
  readonly isAxiosError = true;
  readonly config = { url: '/api/orders', method: 'post', baseURL: 'https://shop.example.com', timeout: 5000, headers: new AxiosHeadersLike({ accept: 'application/json' }) };
  readonly request = {};
  readonly status?: number;
  constructor(
    message: string,
    readonly code: string,
    readonly response?: { data: unknown; status: number; statusText: string; headers: AxiosHeadersLike; config: object; request: object },
  ) {
    super(message);
    this.status = response?.status;
  }
}

const axiosResponse = (status: number, statusText: string, headers: Record<string, string>, data: unknown) => ({ data, status, statusText, headers: new AxiosHeadersLike(headers), config: {}, request: {} });

class CancelledError extends Error {
  revert?: boolean;
  silent?: boolean;
  constructor(options?: { revert?: boolean; silent?: boolean }) {
    super('CancelledError');
    this.revert = options?.revert;
    this.silent = options?.silent;
  }
}

class HTTPError extends Error {
  override name = 'HTTPError';
  constructor(
    readonly response: Response,
    readonly request: Request,
    readonly options: object,
    readonly data?: unknown,
  ) {
    super(`Request failed with status code ${response.status} ${response.statusText}: ${request.method} ${request.url}`);
  }
}

class KyTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(readonly request: Request) {
    super(`Request timed out: ${request.method} ${request.url}`);
  }
}

class ApolloServerError extends Error {
  override name = 'ServerError';
  constructor(
    readonly response: Response,
    readonly statusCode: number,
    readonly bodyText: string,
  ) {
    super(`Response not successful: Received status code ${statusCode}`);
  }
}

class CombinedGraphQLErrors extends Error {
  override name = 'CombinedGraphQLErrors';
  constructor(
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[],
    readonly data?: unknown,
  ) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

class FetchError extends Error {
  override name = 'FetchError';
  status?: number;
  statusCode?: number;
  statusText?: string;
  statusMessage?: string;
  data?: unknown;
  response?: Response;
}

const ofetchError = (message: string, init: Partial<FetchError> & { cause?: unknown }) => {
  const error = new FetchError(message, init.cause === undefined ? undefined : { cause: init.cause });
  return Object.assign(error, { ...init, cause: init.cause });
};

const get = new Request('https://api.example.com/v1/items/42');

export const TRANSPORT: readonly ThrownRow[] = [
  { name: 'Chrome Failed to fetch', thrown: () => typeError('Failed to fetch'), expect: { category: 'connection' } },
  { name: 'Chrome Failed to fetch (host)', thrown: () => typeError('Failed to fetch (api.example.com)'), expect: { category: 'connection' } },
  { name: 'Firefox NetworkError', thrown: () => typeError('NetworkError when attempting to fetch resource.'), expect: { category: 'connection' } },
  { name: 'Safari 17 Load failed', thrown: () => typeError('Load failed'), expect: { category: 'connection' } },
  { name: 'Safari 16 offline', thrown: () => typeError('The Internet connection appears to be offline.'), expect: { category: 'connection' } },
  { name: 'Safari network connection lost', thrown: () => typeError('The network connection was lost.'), expect: { category: 'connection' } },
  { name: 'Safari could not connect to the server', thrown: () => typeError('Could not connect to the server.'), expect: { category: 'connection' } },
  {
    name: 'undici fetch failed caused by ECONNREFUSED',
    thrown: () => typeError('fetch failed', sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:3000', { syscall: 'connect', address: '127.0.0.1', port: 3000 })),
    expect: { category: 'connection', sourceCode: 'ECONNREFUSED' },
  },
  {
    name: 'undici fetch failed caused by ENOTFOUND',
    thrown: () => typeError('fetch failed', sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.invalid', { syscall: 'getaddrinfo', hostname: 'api.example.invalid' })),
    expect: { category: 'connection', sourceCode: 'ENOTFOUND' },
  },
  {
    name: 'undici fetch failed caused by UND_ERR_CONNECT_TIMEOUT',
    thrown: () => typeError('fetch failed', Object.assign(new Error('Connect Timeout Error (attempted address: api.example.com:443, timeout: 10000ms)'), { name: 'ConnectTimeoutError', code: 'UND_ERR_CONNECT_TIMEOUT' })),
    expect: { category: 'connection', sourceCode: 'UND_ERR_CONNECT_TIMEOUT' },
  },
  {
    name: 'undici fetch failed caused by other side closed',
    thrown: () => typeError('fetch failed', Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' })),
    expect: { category: 'connection', sourceCode: 'UND_ERR_SOCKET' },
  },
  {
    name: 'undici headers timeout',
    thrown: () => typeError('fetch failed', Object.assign(new Error('Headers Timeout Error'), { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' })),
    expect: { category: 'connection', sourceCode: 'UND_ERR_HEADERS_TIMEOUT' },
  },
  { name: 'DOMException AbortError', thrown: () => new DOMException('signal is aborted without reason', 'AbortError'), expect: { category: 'cancelled' } },
  { name: 'DOMException TimeoutError (AbortSignal.timeout)', thrown: () => new DOMException('The operation was aborted due to timeout', 'TimeoutError'), expect: { category: 'connection' } },
  { name: 'Node ECONNREFUSED', thrown: () => sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', { syscall: 'connect' }), expect: { category: 'connection', sourceCode: 'ECONNREFUSED' } },
  { name: 'Node ENOTFOUND', thrown: () => sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.invalid', { syscall: 'getaddrinfo' }), expect: { category: 'connection', sourceCode: 'ENOTFOUND' } },
  { name: 'Node ETIMEDOUT', thrown: () => sysError('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:443', { syscall: 'connect' }), expect: { category: 'connection', sourceCode: 'ETIMEDOUT' } },
  { name: 'Node ECONNRESET socket hang up', thrown: () => sysError('ECONNRESET', 'socket hang up'), expect: { category: 'connection', sourceCode: 'ECONNRESET' } },
  // Certificate errors: connection; whether a later retry helps is debatable, so retryable is not checked.
  { name: 'Node CERT_HAS_EXPIRED', thrown: () => sysError('CERT_HAS_EXPIRED', 'certificate has expired'), expect: { category: 'connection', sourceCode: 'CERT_HAS_EXPIRED', retryable: 'skip' } },
  { name: 'Node ERR_TLS_CERT_ALTNAME_INVALID', thrown: () => sysError('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames: Host: api.example.com. is not in the cert's altnames: DNS:*.other.com"), expect: { category: 'connection', sourceCode: 'ERR_TLS_CERT_ALTNAME_INVALID', retryable: 'skip' } },
  { name: 'Node EAI_AGAIN', thrown: () => sysError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.example.com', { syscall: 'getaddrinfo' }), expect: { category: 'connection', sourceCode: 'EAI_AGAIN' } },
  { name: 'axios ERR_NETWORK', thrown: () => new AxiosErrorLike('Network Error', 'ERR_NETWORK'), expect: { category: 'connection', sourceCode: 'ERR_NETWORK' } },
  { name: 'axios ECONNABORTED timeout', thrown: () => new AxiosErrorLike('timeout of 5000ms exceeded', 'ECONNABORTED'), expect: { category: 'connection', sourceCode: 'ECONNABORTED' } },
  { name: 'axios ETIMEDOUT (clarifyTimeoutError)', thrown: () => new AxiosErrorLike('timeout of 5000ms exceeded', 'ETIMEDOUT'), expect: { category: 'connection', sourceCode: 'ETIMEDOUT' } },
  {
    name: 'axios ERR_CANCELED (CanceledError)',
    thrown: () => Object.assign(new AxiosErrorLike('canceled', 'ERR_CANCELED'), { name: 'CanceledError', __CANCEL__: true }),
    expect: { category: 'cancelled', sourceCode: 'ERR_CANCELED' },
  },
  {
    name: 'axios Node ECONNREFUSED',
    thrown: () => new AxiosErrorLike('connect ECONNREFUSED 127.0.0.1:8080', 'ECONNREFUSED'),
    expect: { category: 'connection', sourceCode: 'ECONNREFUSED' },
  },
  {
    name: 'axios ERR_BAD_REQUEST 422 Laravel with x-request-id',
    thrown: () =>
      new AxiosErrorLike(
        'Request failed with status code 422',
        'ERR_BAD_REQUEST',
        axiosResponse(422, 'Unprocessable Content', { 'content-type': 'application/json', 'x-request-id': 'axios-req-422' }, { message: 'The given data was invalid.', errors: { email: ['The email has already been taken.'] } }),
      ),
    expect: { category: 'request', status: 422, requestId: 'axios-req-422', fieldKeys: ['email'] },
  },
  {
    name: 'axios ERR_BAD_REQUEST 429 with retry-after',
    thrown: () =>
      new AxiosErrorLike(
        'Request failed with status code 429',
        'ERR_BAD_REQUEST',
        axiosResponse(429, 'Too Many Requests', { 'content-type': 'application/json', 'retry-after': '15' }, { error: { code: 'rate_limited', message: 'Slow down' } }),
      ),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'rate_limited', retryInSeconds: 15 },
  },
  {
    name: 'axios ERR_BAD_RESPONSE 503 HTML string data',
    thrown: () => new AxiosErrorLike('Request failed with status code 503', 'ERR_BAD_RESPONSE', axiosResponse(503, 'Service Unavailable', { 'content-type': 'text/html' }, '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>')),
    expect: { category: 'server', status: 503 },
  },
  {
    name: 'axios 401 OAuth invalid_token',
    thrown: () =>
      new AxiosErrorLike(
        'Request failed with status code 401',
        'ERR_BAD_REQUEST',
        axiosResponse(401, 'Unauthorized', { 'content-type': 'application/json', 'x-correlation-id': 'corr-401' }, { error: 'invalid_token', error_description: 'The access token expired' }),
      ),
    expect: { category: 'authentication', status: 401, sourceCode: 'invalid_token', requestId: 'corr-401' },
  },
  {
    name: 'axios 404 empty data',
    thrown: () => new AxiosErrorLike('Request failed with status code 404', 'ERR_BAD_REQUEST', axiosResponse(404, 'Not Found', {}, '')),
    expect: { category: 'not_found', status: 404 },
  },
  { name: 'axios ERR_INVALID_URL', thrown: () => new AxiosErrorLike('Invalid URL', 'ERR_INVALID_URL'), expect: { category: 'configuration', sourceCode: 'ERR_INVALID_URL' } },
  { name: 'undici Failed to parse URL', thrown: () => typeError('Failed to parse URL from /api/orders', new TypeError('Invalid URL')), expect: { category: 'configuration' } },
  {
    name: "Chrome Failed to execute 'fetch': invalid URL",
    thrown: () => typeError("Failed to execute 'fetch' on 'Window': Failed to parse URL from http://[::1"),
    expect: { category: 'configuration' },
  },
  {
    name: 'ky 1 HTTPError 404 (body not read)',
    thrown: () => new HTTPError(new Response('{"error":{"code":"RESOURCE_NOT_FOUND"}}', { status: 404, statusText: 'Not Found', headers: { 'x-request-id': 'ky-404' } }), get, {}),
    expect: { category: 'not_found', status: 404, requestId: 'ky-404' },
  },
  {
    name: 'ky 2 HTTPError with data read',
    thrown: () =>
      new HTTPError(new Response(null, { status: 401, statusText: 'Unauthorized' }), get, {}, { error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } }),
    expect: { category: 'authentication', status: 401, sourceCode: 'TOKEN_EXPIRED' },
  },
  { name: 'ky TimeoutError', thrown: () => new KyTimeoutError(get), expect: { category: 'connection' } },
  { name: 'TanStack CancelledError', thrown: () => new CancelledError({ revert: true }), expect: { category: 'cancelled' } },
  { name: 'RTK Query FETCH_ERROR', thrown: () => ({ status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' }), expect: { category: 'connection' } },
  { name: 'RTK Query TIMEOUT_ERROR', thrown: () => ({ status: 'TIMEOUT_ERROR', error: 'AbortError: signal timed out' }), expect: { category: 'connection' } },
  {
    name: 'RTK Query PARSING_ERROR on a 200 HTML page',
    thrown: () => ({ status: 'PARSING_ERROR', originalStatus: 200, data: '<!doctype html><html><body>Hello</body></html>', error: 'SyntaxError: Unexpected token \'<\', "<!doctype "... is not valid JSON' }),
    expect: { category: 'response', status: 200 },
  },
  {
    name: 'RTK Query PARSING_ERROR on a 502 HTML page',
    thrown: () => ({ status: 'PARSING_ERROR', originalStatus: 502, data: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', error: 'SyntaxError: Unexpected token \'<\'' }),
    expect: { category: 'server', status: 502 },
  },
  { name: 'RTK Query 404 with data', thrown: () => ({ status: 404, data: { message: 'Not found' } }), expect: { category: 'not_found', status: 404 } },
  {
    name: 'RTK Query 422 with field errors',
    thrown: () => ({ status: 422, data: { errors: { email: ['has already been taken'] } } }),
    expect: { category: 'request', status: 422, fieldKeys: ['email'] },
  },
  {
    name: 'Apollo Client 4 ServerError 503',
    thrown: () => new ApolloServerError(new Response('<html>Service Unavailable</html>', { status: 503 }), 503, '<html>Service Unavailable</html>'),
    expect: { category: 'server', status: 503 },
  },
  {
    name: 'Apollo Client 4 CombinedGraphQLErrors UNAUTHENTICATED',
    thrown: () => new CombinedGraphQLErrors([{ message: 'You must be logged in', extensions: { code: 'UNAUTHENTICATED' } }]),
    expect: { category: 'authentication', sourceCode: 'UNAUTHENTICATED' },
  },
  {
    name: 'ofetch FetchError 401 with data',
    thrown: () => ofetchError('[GET] "https://api.example.com/me": 401 Unauthorized', { status: 401, statusCode: 401, statusText: 'Unauthorized', statusMessage: 'Unauthorized', data: { message: 'Unauthorized' } }),
    expect: { category: 'authentication', status: 401 },
  },
  {
    name: 'ofetch FetchError no response (Failed to fetch)',
    thrown: () => ofetchError('[GET] "https://api.example.com/me": <no response> Failed to fetch', { cause: typeError('Failed to fetch') }),
    expect: { category: 'connection' },
  },
  {
    name: 'ofetch FetchError 422 h3 validation',
    thrown: () => ofetchError('[POST] "/api/users": 422 Validation Error', { status: 422, statusCode: 422, statusText: 'Validation Error', data: { statusCode: 422, statusMessage: 'Validation Error', data: { errors: { email: ['Invalid email'] } } } }),
    expect: { category: 'request', status: 422, fieldKeys: 'skip' },
  },
  { name: 'thrown Response 503', thrown: () => new Response(null, { status: 503, headers: { 'retry-after': '30' } }), expect: { category: 'server', status: 503, retryInSeconds: 30 } },
  { name: 'thrown Response 401', thrown: () => new Response('', { status: 401 }), expect: { category: 'authentication', status: 401 } },
];
