// Errors thrown by HTTP clients the first corpus does not cover: got, superagent, node-fetch, wretch,
// Angular's HttpClient, the SWR documentation's fetcher, and axios with binary response types.
import { httpDate, type ThrownRow } from '../row.js';

// ---- got 12-14 (source/core/errors.ts): `request`/`response` are non-enumerable -----------------
interface GotResponse {
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string | string[]>;
  body: unknown;
  rawBody?: Uint8Array;
  url: string;
  requestUrl: URL;
  ok: boolean;
  retryCount: number;
  redirectUrls: URL[];
  isFromCache: boolean;
}
const gotOptions = { url: new URL('https://api.example.com/v2/orders'), method: 'POST', responseType: 'text', retry: { limit: 2 } };

class GotRequestError extends Error {
  input?: string;
  code: string;
  declare readonly options: typeof gotOptions;
  declare readonly response?: GotResponse;
  declare readonly request?: { options: typeof gotOptions; response?: GotResponse };
  timings?: Record<string, number>;
  constructor(message: string, error: Partial<Error & { code?: string }>, response?: GotResponse) {
    super(message, { cause: error });
    this.name = 'RequestError';
    this.code = error.code ?? 'ERR_GOT_REQUEST_ERROR';
    const request = { options: gotOptions, response };
    Object.defineProperty(this, 'request', { enumerable: false, value: request });
    Object.defineProperty(this, 'response', { enumerable: false, value: response });
    Object.defineProperty(this, 'options', { enumerable: false, value: gotOptions });
    this.timings = { start: 0, end: 12 };
  }
}
class GotHTTPError extends GotRequestError {
  constructor(response: GotResponse) {
    super(`Response code ${response.statusCode} (${response.statusMessage})`, {}, response);
    this.name = 'HTTPError';
    this.code = 'ERR_NON_2XX_3XX_RESPONSE';
  }
}
class GotParseError extends GotRequestError {
  constructor(error: Error, response: GotResponse) {
    super(`${error.message} in "${gotOptions.url.toString()}"`, error, response);
    this.name = 'ParseError';
    this.code = 'ERR_BODY_PARSE_FAILURE';
  }
}
class GotTimeoutError extends GotRequestError {
  event: string;
  constructor(event: string, threshold: number) {
    super(`Timeout awaiting '${event}' for ${threshold}ms`, Object.assign(new Error(`Timeout awaiting '${event}' for ${threshold}ms`), { name: 'TimeoutError', code: 'ETIMEDOUT', event }));
    this.name = 'TimeoutError';
    this.event = event;
  }
}
class GotCancelError extends GotRequestError {
  constructor() {
    super('Promise was canceled', {});
    this.name = 'CancelError';
    this.code = 'ERR_CANCELED';
  }
}
class GotReadError extends GotRequestError {
  constructor(error: Error & { code?: string }) {
    super(error.message, error);
    this.name = 'ReadError';
  }
}
function gotResponse(statusCode: number, statusMessage: string, headers: Record<string, string | string[]>, body: unknown): GotResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    statusCode, statusMessage, headers, body, rawBody: new TextEncoder().encode(text),
    url: gotOptions.url.toString(), requestUrl: gotOptions.url, ok: false, retryCount: 0, redirectUrls: [], isFromCache: false,
  };
}

// ---- superagent (request-base / client.js): err.status, err.response {status, header(s), body, text} --
function superagentError(status: number, statusText: string, headers: Record<string, string>, body: unknown, text: string): Error {
  const res = { status, statusCode: status, statusText, text, body, header: headers, headers, type: headers['content-type']?.split(';')[0], clientError: status >= 400 && status < 500, serverError: status >= 500, ok: false };
  return Object.assign(new Error(statusText || text || 'Unsuccessful HTTP response'), { original: null, response: res, status });
}

// ---- node-fetch 2/3 (FetchError: `type`, `code`/`errno` from the system error) --------------------
class FetchBaseError extends Error {
  type: string;
  constructor(message: string, type: string) {
    super(message);
    this.type = type;
  }
  override get name(): string {
    return this.constructor.name;
  }
}
class FetchError extends FetchBaseError {
  code?: string;
  errno?: string;
  erroredSysCall?: string;
  constructor(message: string, type: string, systemError?: { code: string; syscall?: string }) {
    super(message, type);
    if (systemError) {
      this.code = this.errno = systemError.code;
      this.erroredSysCall = systemError.syscall;
    }
  }
}
/** node-fetch's class is named AbortError; its `name` getter returns the constructor's name. */
class AbortError extends FetchBaseError {
  constructor(message = 'The operation was aborted.') {
    super(message, 'aborted');
  }
}

// ---- wretch 2 (WretchError: status, response, url, text, json) ----------------------------------
class WretchError extends Error {
  request?: unknown;
  response!: Response;
  url!: string;
  status!: number;
  text?: string;
  json?: unknown;
}
function wretchError(status: number, headers: Record<string, string>, text: string): WretchError {
  const response = new Response(text, { status, headers });
  const err = new WretchError();
  err.response = response;
  err.status = status;
  err.url = 'https://api.example.com/v1/cart';
  err.message = text;
  if (headers['content-type']?.split(';')[0] === 'application/json') {
    try {
      err.json = JSON.parse(text) as unknown;
    } catch {
      // wretch leaves json unset when the body does not parse
    }
  }
  err.text = text;
  return err;
}

// ---- Angular HttpErrorResponse (not an Error subclass; HttpHeaders with get/has) -----------------
class HttpHeaders {
  private readonly headers = new Map<string, string[]>();
  private readonly normalizedNames = new Map<string, string>();
  constructor(init: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(init)) {
      const key = name.toLowerCase();
      this.headers.set(key, [value]);
      this.normalizedNames.set(key, name);
    }
  }
  has(name: string): boolean {
    return this.headers.has(name.toLowerCase());
  }
  get(name: string): string | null {
    const values = this.headers.get(name.toLowerCase());
    return values && values.length > 0 ? (values[0] ?? null) : null;
  }
  keys(): string[] {
    return Array.from(this.normalizedNames.values());
  }
}
class HttpResponseBase {
  readonly headers: HttpHeaders;
  readonly status: number;
  readonly statusText: string;
  readonly url: string | null;
  readonly ok: boolean;
  readonly type: number = 0;
  constructor(init: { headers?: HttpHeaders; status?: number; statusText?: string; url?: string }, defaultStatus = 200, defaultStatusText = 'OK') {
    this.headers = init.headers ?? new HttpHeaders();
    this.status = init.status !== undefined ? init.status : defaultStatus;
    this.statusText = init.statusText ?? defaultStatusText;
    this.url = init.url ?? null;
    this.ok = this.status >= 200 && this.status < 300;
  }
}
class HttpErrorResponse extends HttpResponseBase {
  readonly name = 'HttpErrorResponse';
  readonly message: string;
  readonly error: unknown;
  override readonly ok = false;
  constructor(init: { error?: unknown; headers?: HttpHeaders; status?: number; statusText?: string; url?: string }) {
    super(init, 0, 'Unknown Error');
    this.message =
      this.status >= 200 && this.status < 300 ? `Http failure during parsing for ${init.url ?? '(unknown url)'}` : `Http failure response for ${init.url ?? '(unknown url)'}: ${init.status} ${init.statusText}`;
    this.error = init.error ?? null;
  }
}
const ngUrl = 'https://api.example.com/v1/profile';

// ---- axios with binary response types ------------------------------------------------------------
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
}
function axiosBinaryError(status: number, statusText: string, headers: Record<string, string>, data: unknown, responseType: string): Error {
  const config = { url: '/api/export', method: 'get', responseType, headers: new AxiosHeadersLike({ accept: 'application/octet-stream' }) };
  const response = { data, status, statusText, headers: new AxiosHeadersLike(headers), config, request: {} };
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError', isAxiosError: true, code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST', config, request: {}, response, status,
  });
}
const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export const HTTP_CLIENTS: readonly ThrownRow[] = [
  // got: the parsed or text body is response.body; headers are Node's lower-case object.
  {
    name: 'got HTTPError 422 JSON text body',
    thrown: () =>
      new GotHTTPError(
        gotResponse(422, 'Unprocessable Entity', { 'content-type': 'application/json', 'x-request-id': 'got-422' }, JSON.stringify({ error: { code: 'VALIDATION_ERROR', message: 'Invalid order', details: { field: 'quantity' } } })),
      ),
    expect: { category: 'request', status: 422, sourceCode: 'VALIDATION_ERROR', requestId: 'got-422', fieldKeys: ['quantity'] },
  },
  {
    name: "got HTTPError 401 responseType 'json' (parsed body)",
    thrown: () => new GotHTTPError(gotResponse(401, 'Unauthorized', { 'content-type': 'application/json' }, { error: 'invalid_token', error_description: 'The access token expired' })),
    expect: { category: 'authentication', status: 401, sourceCode: 'invalid_token' },
  },
  {
    name: 'got HTTPError 429 retry-after',
    thrown: () => new GotHTTPError(gotResponse(429, 'Too Many Requests', { 'content-type': 'application/json', 'retry-after': '25' }, JSON.stringify({ code: 'rate_limited', message: 'Slow down' }))),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'rate_limited', retryInSeconds: 25 },
  },
  {
    name: 'got HTTPError 404 HTML',
    thrown: () => new GotHTTPError(gotResponse(404, 'Not Found', { 'content-type': 'text/html' }, '<html><body>Not Found</body></html>')),
    expect: { category: 'not_found', status: 404 },
  },
  {
    name: 'got HTTPError 503 with x-correlation-id',
    thrown: () => new GotHTTPError(gotResponse(503, 'Service Unavailable', { 'content-type': 'text/plain', 'x-correlation-id': 'got-corr-503' }, 'upstream unavailable')),
    expect: { category: 'server', status: 503, requestId: 'got-corr-503' },
  },
  {
    name: 'got ParseError on a 200 HTML page',
    thrown: () => new GotParseError(new SyntaxError("Unexpected token '<', \"<!doctype \"... is not valid JSON"), gotResponse(200, 'OK', { 'content-type': 'text/html' }, '<!doctype html><html><body>Login</body></html>')),
    expect: { category: 'response', status: 200 },
  },
  { name: 'got TimeoutError (request event)', thrown: () => new GotTimeoutError('request', 5000), expect: { category: 'connection', sourceCode: 'ETIMEDOUT' } },
  { name: 'got CancelError', thrown: () => new GotCancelError(), expect: { category: 'cancelled', sourceCode: 'ERR_CANCELED' } },
  {
    name: 'got RequestError ECONNREFUSED',
    thrown: () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8080'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
      return new GotRequestError(cause.message, cause);
    },
    expect: { category: 'connection', sourceCode: 'ECONNREFUSED' },
  },
  { name: 'got ReadError ECONNRESET', thrown: () => new GotReadError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), expect: { category: 'connection', sourceCode: 'ECONNRESET' } },

  // superagent: status on the error, parsed body and headers on err.response.
  {
    name: 'superagent 404 JSON body',
    thrown: () => superagentError(404, 'Not Found', { 'content-type': 'application/json', 'x-request-id': 'sa-404' }, { error: { code: 'ORDER_NOT_FOUND', message: 'No such order' } }, '{"error":{"code":"ORDER_NOT_FOUND","message":"No such order"}}'),
    expect: { category: 'not_found', status: 404, sourceCode: 'ORDER_NOT_FOUND', requestId: 'sa-404' },
  },
  {
    name: 'superagent 429 with ratelimit headers',
    thrown: () => superagentError(429, 'Too Many Requests', { 'content-type': 'application/json', 'ratelimit-remaining': '0', 'ratelimit-reset': '14' }, { message: 'Too many requests' }, '{"message":"Too many requests"}'),
    expect: { category: 'rate_limit', status: 429, retryInSeconds: 14 },
  },
  {
    name: 'superagent 500 text/plain',
    thrown: () => superagentError(500, 'Internal Server Error', { 'content-type': 'text/plain' }, {}, 'Internal Server Error'),
    expect: { category: 'server', status: 500 },
  },
  {
    name: 'superagent timeout ECONNABORTED',
    thrown: () => Object.assign(new Error('Timeout of 3000ms exceeded'), { timeout: 3000, code: 'ECONNABORTED', errno: 'ETIME' }),
    expect: { category: 'connection', sourceCode: 'ECONNABORTED' },
  },
  {
    name: 'superagent browser crossDomain (offline or CORS)',
    thrown: () =>
      Object.assign(new Error('Request has been terminated\nPossible causes: the network is offline, Origin is not allowed by Access-Control-Allow-Origin, the page is being unloaded, etc.'), {
        crossDomain: true, status: undefined, method: 'GET', url: 'https://api.example.com/v1/me',
      }),
    expect: { category: 'connection' },
  },

  // node-fetch: FetchError `type` names the failure; system errors carry `code`.
  {
    name: 'node-fetch FetchError system ECONNREFUSED',
    thrown: () => new FetchError('request to http://localhost:3000/api failed, reason: connect ECONNREFUSED 127.0.0.1:3000', 'system', { code: 'ECONNREFUSED', syscall: 'connect' }),
    expect: { category: 'connection', sourceCode: 'ECONNREFUSED' },
  },
  {
    name: 'node-fetch FetchError system ENOTFOUND',
    thrown: () => new FetchError('request to https://api.example.invalid/ failed, reason: getaddrinfo ENOTFOUND api.example.invalid', 'system', { code: 'ENOTFOUND', syscall: 'getaddrinfo' }),
    expect: { category: 'connection', sourceCode: 'ENOTFOUND' },
  },
  {
    name: 'node-fetch 2 FetchError request-timeout',
    thrown: () => new FetchError('network timeout at: https://api.example.com/v1/items', 'request-timeout'),
    expect: { category: 'connection' },
  },
  {
    name: 'node-fetch 2 FetchError body-timeout',
    thrown: () => new FetchError('Response timeout while trying to fetch https://api.example.com/v1/export (over 10000ms)', 'body-timeout'),
    expect: { category: 'connection' },
  },
  {
    name: 'node-fetch FetchError invalid-json',
    thrown: () => new FetchError("invalid json response body at https://api.example.com/v1/items reason: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON", 'invalid-json'),
    expect: { category: 'response' },
  },
  { name: 'node-fetch AbortError', thrown: () => new AbortError(), expect: { category: 'cancelled' } },

  // wretch: the body text (and json) on the error, the Response beside it.
  {
    name: 'wretch WretchError 401 json',
    thrown: () => wretchError(401, { 'content-type': 'application/json', 'x-request-id': 'wr-401' }, JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } })),
    expect: { category: 'authentication', status: 401, sourceCode: 'TOKEN_EXPIRED', requestId: 'wr-401' },
  },
  {
    name: 'wretch WretchError 422 problem+json (text only)',
    thrown: () =>
      wretchError(422, { 'content-type': 'application/problem+json' }, JSON.stringify({ type: 'https://example.com/probs/validation', title: 'Validation failed', status: 422, errors: [{ detail: 'must not be blank', pointer: '#/email' }] })),
    expect: { category: 'request', status: 422, fieldKeys: 'skip' },
  },
  {
    name: 'wretch WretchError 503 HTML',
    thrown: () => wretchError(503, { 'content-type': 'text/html', 'retry-after': '90' }, '<html><h1>Down for maintenance</h1></html>'),
    expect: { category: 'server', status: 503, retryInSeconds: 90 },
  },
  {
    name: 'wretch WretchError 409 json conflict code',
    thrown: () => wretchError(409, { 'content-type': 'application/json' }, JSON.stringify({ code: 'EMAIL_TAKEN', message: 'Email already registered' })),
    expect: { category: 'conflict', status: 409, sourceCode: 'EMAIL_TAKEN' },
  },

  // Angular HttpClient: HttpErrorResponse, body in `error`, HttpHeaders with get().
  {
    name: 'Angular HttpErrorResponse status 0 (network)',
    thrown: () => new HttpErrorResponse({ error: { type: 'error', isTrusted: true }, status: 0, statusText: 'Unknown Error', url: ngUrl }),
    expect: { category: 'connection' },
  },
  {
    name: 'Angular HttpErrorResponse 404 JSON',
    thrown: () => new HttpErrorResponse({ error: { error: { code: 'PROFILE_NOT_FOUND', message: 'Profile not found' } }, headers: new HttpHeaders({ 'Content-Type': 'application/json', 'X-Request-Id': 'ng-404' }), status: 404, statusText: 'Not Found', url: ngUrl }),
    expect: { category: 'not_found', status: 404, sourceCode: 'PROFILE_NOT_FOUND', requestId: 'ng-404' },
  },
  {
    name: 'Angular HttpErrorResponse 422 Laravel errors',
    thrown: () =>
      new HttpErrorResponse({ error: { message: 'The given data was invalid.', errors: { email: ['The email has already been taken.'] } }, headers: new HttpHeaders({ 'Content-Type': 'application/json' }), status: 422, statusText: 'Unprocessable Content', url: ngUrl }),
    expect: { category: 'request', status: 422, fieldKeys: ['email'] },
  },
  {
    name: 'Angular HttpErrorResponse 429 Retry-After',
    thrown: () => new HttpErrorResponse({ error: { message: 'Too Many Attempts.' }, headers: new HttpHeaders({ 'Retry-After': '33' }), status: 429, statusText: 'Too Many Requests', url: ngUrl }),
    expect: { category: 'rate_limit', status: 429, retryInSeconds: 33 },
  },
  {
    name: 'Angular HttpErrorResponse 500 text body',
    thrown: () => new HttpErrorResponse({ error: 'Internal Server Error', headers: new HttpHeaders({ 'Content-Type': 'text/plain' }), status: 500, statusText: 'Internal Server Error', url: ngUrl }),
    expect: { category: 'server', status: 500 },
  },
  {
    name: 'Angular HttpErrorResponse 200 parse failure',
    thrown: () =>
      new HttpErrorResponse({ error: { error: new SyntaxError('Unexpected token < in JSON at position 0'), text: '<!doctype html><html><body>index</body></html>' }, headers: new HttpHeaders({ 'Content-Type': 'text/html' }), status: 200, statusText: 'OK', url: ngUrl }),
    expect: { category: 'response', status: 200 },
  },
  {
    name: 'Angular HttpErrorResponse 401 WWW-Authenticate',
    thrown: () => new HttpErrorResponse({ error: null, headers: new HttpHeaders({ 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' }), status: 401, statusText: 'Unauthorized', url: ngUrl }),
    expect: { category: 'authentication', status: 401, sourceCode: 'invalid_token' },
  },

  // SWR documentation's fetcher: `info` (the parsed body) and `status` on a plain Error.
  {
    name: 'SWR docs fetcher error (info + status) 403',
    thrown: () => Object.assign(new Error('An error occurred while fetching the data.'), { info: { error: { code: 'PLAN_REQUIRED', message: 'Upgrade your plan' } }, status: 403 }),
    expect: { category: 'authorization', status: 403, sourceCode: 'PLAN_REQUIRED' },
  },
  {
    name: 'SWR docs fetcher error (info + status) 401 token expired',
    thrown: () => Object.assign(new Error('An error occurred while fetching the data.'), { info: { code: 'token_expired', message: 'Session expired' }, status: 401 }),
    expect: { category: 'authentication', status: 401, sourceCode: 'token_expired' },
  },

  // axios with binary response types: the error body arrives as bytes or a Blob.
  {
    name: "axios Node responseType 'arraybuffer' 404 (Buffer-like bytes)",
    thrown: () => axiosBinaryError(404, 'Not Found', { 'content-type': 'application/json' }, jsonBytes({ error: { code: 'FILE_NOT_FOUND', message: 'No export with that id' } }), 'arraybuffer'),
    expect: { category: 'not_found', status: 404, sourceCode: 'FILE_NOT_FOUND' },
  },
  {
    name: "axios browser responseType 'arraybuffer' 401 (ArrayBuffer)",
    thrown: () => axiosBinaryError(401, 'Unauthorized', { 'content-type': 'application/json' }, jsonBytes({ error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } }).buffer, 'arraybuffer'),
    expect: { category: 'authentication', status: 401, sourceCode: 'TOKEN_EXPIRED' },
  },
  {
    name: "axios browser responseType 'blob' 403 (Blob, unreadable synchronously)",
    thrown: () => axiosBinaryError(403, 'Forbidden', { 'content-type': 'application/json', 'x-request-id': 'ax-blob-403' }, new Blob(['{"error":{"code":"FORBIDDEN"}}'], { type: 'application/json' }), 'blob'),
    expect: { category: 'authorization', status: 403, requestId: 'ax-blob-403' },
  },
  {
    name: "axios responseType 'arraybuffer' 429 with retry-after",
    thrown: () => axiosBinaryError(429, 'Too Many Requests', { 'content-type': 'application/json', 'retry-after': httpDate(50) }, jsonBytes({ message: 'Too many downloads' }), 'arraybuffer'),
    expect: { category: 'rate_limit', status: 429, retryInSeconds: 50 },
  },
];
