import { isThrown, type HttpRow } from '../model/corpus/row.js';
import { ALL_ROWS } from '../model/corpus/rows.js';
import { row, SERVER_DATE } from '../model/corpus/strictRow.js';
import type { ApiErrorCode } from '../../src/model/codes.js';
import type { ApiErrorCategory } from '../../src/model/types.js';

/** What the contract implies for one answer, every field pinned (absent means the model must leave it out). */
export interface CaseExpect {
  readonly category: ApiErrorCategory;
  readonly status?: number;
  readonly sourceCode?: string;
  readonly requestId?: string;
  /** Seconds from now until `retryAt`; absent means no `retryAt`. */
  readonly retryInSeconds?: number;
  readonly fieldKeys: readonly string[];
  readonly retryable: boolean;
}

/** A replayed answer: the row's status, headers and body, and its pinned expectation. */
export interface CaseRow {
  readonly name: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly expect: CaseExpect;
}

/** Only strict rows fit the matrix: each of their facts is pinned, none left unchecked. */
function pinned(r: HttpRow): CaseRow {
  const x = r.expect;
  const value = <T>(v: T | null | undefined | 'skip', what: string): T | undefined => {
    if (v === undefined || v === 'skip') throw new Error(`${r.name}: ${what} is not pinned`);
    return v ?? undefined;
  };
  const status = x.status === undefined ? r.status : value(x.status, 'status');
  const fieldKeys = x.fieldKeys === undefined ? [] : value(x.fieldKeys, 'fieldKeys') ?? [];
  const retryable = value(x.retryable, 'retryable');
  return {
    name: r.name,
    status: r.status,
    headers: r.headers ?? {},
    body: r.body,
    expect: {
      category: x.category,
      ...(status !== undefined && { status }),
      ...(value(x.sourceCode, 'sourceCode') !== undefined && { sourceCode: value(x.sourceCode, 'sourceCode') }),
      ...(value(x.requestId, 'requestId') !== undefined && { requestId: value(x.requestId, 'requestId') }),
      ...(value(x.retryInSeconds, 'retryInSeconds') !== undefined && { retryInSeconds: value(x.retryInSeconds, 'retryInSeconds') }),
      fieldKeys,
      retryable: retryable ?? false,
    },
  };
}

/** Expectation fields that only the answer's headers can give (a client that hides headers loses them). */
export type HeaderField = 'requestId' | 'retry';

/** One failure the server replays at `/case/<index>`, with what the model must make of it. */
export interface HttpCase {
  readonly kind: 'http';
  readonly row: CaseRow;
  readonly fromHeaders: readonly HeaderField[];
  /** 2xx answers that report a failure: clients resolve them, and the app hands over the body. */
  readonly reportsFailure: boolean;
  /** The status the body itself states (what is left when only the body is handed over). */
  readonly bodyStatus?: number;
}

/** Where a fault case points the client. */
export type FaultTarget = 'closed-port' | 'reset-before' | 'reset-mid' | 'reset-chunked' | 'reset-mid-error' | 'hang-timeout' | 'hang-abort' | 'self-signed' | 'invalid-host' | 'truncated';

export interface FaultCase {
  readonly kind: 'fault';
  readonly name: string;
  readonly target: FaultTarget;
  readonly expect: Pick<CaseExpect, 'category' | 'retryable' | 'status'> & { readonly code?: ApiErrorCode };
}

/** The faults every GraphQL and tRPC client is also put through. */
export const LINK_FAULTS: readonly FaultTarget[] = ['closed-port', 'reset-before', 'hang-timeout', 'hang-abort', 'self-signed', 'invalid-host', 'truncated'];

export type ClientCase = HttpCase | FaultCase;

const byName = new Map(ALL_ROWS.filter((r) => !isThrown(r)).map((r) => [r.name, r as HttpRow]));
function corpus(name: string, fromHeaders: readonly HeaderField[] = [], bodyStatus?: number): HttpCase {
  const found = byName.get(name);
  if (!found) throw new Error(`no corpus row named ${name}`);
  return own(found, fromHeaders, bodyStatus);
}
function own(r: HttpRow, fromHeaders: readonly HeaderField[] = [], bodyStatus?: number): HttpCase {
  return { kind: 'http', row: pinned(r), fromHeaders, reportsFailure: r.status < 300, ...(bodyStatus !== undefined && { bodyStatus }) };
}

const PHP_NOTICE = '<br />\n<b>Notice</b>:  Undefined index: page in <b>/var/www/api/orders.php</b> on line <b>12</b><br />\n';

/**
 * Failures served over real HTTP: every category, every default-tier dialect, every retry-time
 * source, field errors in several dialects, proxy pages, PHP notices and 2xx failure bodies.
 * Rows come from the model corpus where one fits; the rest are written here.
 */
export const HTTP_CASES: readonly HttpCase[] = [
  // The seed dialects (every category they cover).
  corpus('seed001 401 api_key_expired'),
  corpus('seed001 403 insufficient_scope'),
  corpus('seed001 404 not_found'),
  corpus('seed001 409 conflict'),
  corpus('seed001 429 rate_limit_exceeded', ['retry']),
  corpus('seed001 500 internal_error'),
  corpus('seed002 400 INVALID_REQUEST'),
  corpus('seed002 503 SERVICE_UNAVAILABLE'),
  corpus('seed003 422 VAL_001'),
  corpus('seed004 400 VALIDATION_ERROR title'),
  corpus('seed004 429 RATE_LIMIT_EXCEEDED headers', ['retry']),
  own(row('wcpos 501 API05001 integration', 501, { code: 'API05001', message: 'The WooCommerce REST API is disabled', data: { status: 501 } }, { category: 'integration', sourceCode: 'API05001', retryable: false })),
  // RFC 9457, google.rpc.Status, JSON:API, WordPress REST, framework defaults.
  corpus('rfc 9457 validation errors'),
  corpus('aspnet 400 validation problem'),
  corpus('google 400 INVALID_ARGUMENT BadRequest'),
  corpus('google 429 RESOURCE_EXHAUSTED RetryInfo'),
  own(row('jsonapi 422 pointer', 422, { errors: [{ status: '422', code: 'invalid', title: 'Invalid Attribute', detail: 'must contain at least three characters', source: { pointer: '/data/attributes/address/city' } }] }, { category: 'request', sourceCode: 'invalid', fieldKeys: ['address.city'] }, { 'content-type': 'application/vnd.api+json' })),
  corpus('wordpress 401 rest_not_logged_in'),
  corpus('woocommerce 400 rest_invalid_param'),
  corpus('jwt 403 [jwt_auth] incorrect_password'),
  corpus('spring boot 400 binding errors'),
  own(row('fastapi 422 loc', 422, { detail: [{ loc: ['body', 'items', 0, 'sku'], msg: 'field required', type: 'value_error.missing' }] }, { category: 'request', fieldKeys: ['items.0.sku'] })),
  // Retry time from every source.
  own(row('retry-after http-date', 429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { category: 'rate_limit', sourceCode: 'RATE_LIMITED', retryInSeconds: 120 }, { date: SERVER_DATE, 'retry-after': 'Mon, 01 Jan 2024 00:02:00 GMT' }), ['retry']),
  own(row('ietf RateLimit header', 429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { category: 'rate_limit', sourceCode: 'RATE_LIMITED', retryInSeconds: 45 }, { 'ratelimit-policy': '"default";q=100;w=60', ratelimit: '"default";r=0;t=45' }), ['retry']),
  corpus('auth0 429 too_many_requests', ['retry']),
  own(row('body retry_after', 429, { error: { code: 'rate_limited', message: 'Try again in 20 seconds', retry_after: 20 } }, { category: 'rate_limit', sourceCode: 'rate_limited', retryInSeconds: 20 })),
  // Request ids in headers.
  corpus('github 422 validation failed', ['requestId']),
  own(row('500 with x-request-id', 500, { error: { code: 'INTERNAL', message: 'boom' } }, { category: 'server', sourceCode: 'INTERNAL', requestId: 'req-hdr-500' }, { 'x-request-id': 'req-hdr-500' }), ['requestId']),
  // Proxy pages and plain text.
  corpus('nginx 502 bad gateway'),
  // The Ray ID is also in the page itself, so only the retry time needs the headers.
  corpus('cloudflare 429 Retry-After', ['retry']),
  corpus('apache 503 with Retry-After', ['retry']),
  corpus('plain text 401 Unauthorized'),
  // PHP notices before JSON.
  own(row('php notice 400 seed003', 400, `${PHP_NOTICE}{"success":false,"message":"Validation failed","error_code":"VAL_001","errors":{"email":"Invalid email"}}`, { category: 'request', sourceCode: 'VAL_001', fieldKeys: ['email'] }, { 'content-type': 'text/html; charset=UTF-8' })),
  // 2xx answers that report a failure.
  own(row('200 success false', 200, { success: false, message: 'Invalid API key provided', error_code: 'AUTH_001' }, { category: 'authentication', sourceCode: 'AUTH_001' })),
  own(row('200 php notice success false', 200, `${PHP_NOTICE}{"success":false,"message":"Validation failed","error_code":"VAL_001","errors":{"email":"Invalid email"}}`, { category: 'request', sourceCode: 'VAL_001', fieldKeys: ['email'] }, { 'content-type': 'text/html; charset=UTF-8' })),
  own(row('200 status error seed004', 200, { code: 404, status: 'error', error: { code: 'STORE_NOT_FOUND', message: 'Store does not exist' } }, { category: 'not_found', sourceCode: 'STORE_NOT_FOUND', status: 404 }), [], 404),
  corpus('apollo 200 UNAUTHENTICATED'),
  corpus('apollo 200 BAD_USER_INPUT argumentName'),
  corpus('apollo 400 GRAPHQL_VALIDATION_FAILED'),
  corpus('github graphql 200 RATE_LIMITED', ['requestId', 'retry']),
];

/** What a GraphQL endpoint answers: GraphQL errors at 200 and 400, and whatever the HTTP layer in front of it sends. */
export const GRAPHQL_CASE_NAMES: readonly string[] = [
  'apollo 200 UNAUTHENTICATED',
  'apollo 200 BAD_USER_INPUT argumentName',
  'apollo 400 GRAPHQL_VALIDATION_FAILED',
  'github graphql 200 RATE_LIMITED',
  'seed001 401 api_key_expired',
  'seed001 429 rate_limit_exceeded',
  '500 with x-request-id',
  'nginx 502 bad gateway',
  'cloudflare 429 Retry-After',
];

/** Real transport faults: what each client sees when there is no usable answer. */
export const FAULT_CASES: readonly FaultCase[] = [
  { kind: 'fault', name: 'closed port', target: 'closed-port', expect: { category: 'connection', code: 'CONNECTION_REFUSED', retryable: true } },
  { kind: 'fault', name: 'socket destroyed before the answer', target: 'reset-before', expect: { category: 'connection', retryable: true } },
  { kind: 'fault', name: 'socket destroyed mid-body (200)', target: 'reset-mid', expect: { category: 'connection', retryable: true } },
  { kind: 'fault', name: 'socket destroyed mid-body (chunked 200)', target: 'reset-chunked', expect: { category: 'connection', retryable: true } },
  { kind: 'fault', name: 'socket destroyed mid-body (503)', target: 'reset-mid-error', expect: { category: 'connection', retryable: true } },
  { kind: 'fault', name: "no answer: the client's own timeout", target: 'hang-timeout', expect: { category: 'connection', code: 'CONNECTION_TIMEOUT', retryable: true } },
  { kind: 'fault', name: 'AbortController abort', target: 'hang-abort', expect: { category: 'cancelled', code: 'CANCELLED', retryable: false } },
  { kind: 'fault', name: 'self-signed certificate', target: 'self-signed', expect: { category: 'connection', code: 'SSL_CERTIFICATE_ERROR', retryable: false } },
  { kind: 'fault', name: 'unresolvable .invalid host', target: 'invalid-host', expect: { category: 'connection', code: 'DNS_RESOLUTION_FAILED', retryable: true } },
  { kind: 'fault', name: 'truncated JSON 200', target: 'truncated', expect: { category: 'response', status: 200, retryable: true } },
];
