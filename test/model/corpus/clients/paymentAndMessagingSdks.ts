// Errors thrown by the Stripe, Twilio, SendGrid and Shopify Node SDKs, built as each SDK builds them.
import { httpDate, type ThrownRow } from '../row.js';

// ---- Stripe (stripe-node src/Error.ts, RequestSender) ----------------------------------------
// The SDK copies the body's `error` member into `raw`, adds the response's headers (a plain object,
// lower-case names), `statusCode` and `requestId` (the `request-id` header), and names the class
// by `type` (its constructor name); `name` stays 'Error'.

interface StripeRaw {
  type?: string;
  code?: string;
  message?: string;
  param?: string;
  doc_url?: string;
  decline_code?: string;
  charge?: string;
  detail?: unknown;
  headers?: Record<string, string>;
  statusCode?: number;
  requestId?: string;
}

class StripeError extends Error {
  readonly type: string;
  readonly raw: unknown;
  readonly rawType?: string;
  readonly headers?: Record<string, string>;
  readonly requestId?: string;
  readonly code?: string;
  readonly doc_url?: string;
  readonly param?: string;
  readonly detail?: unknown;
  readonly statusCode?: number;
  readonly charge?: string;
  readonly decline_code?: string;
  constructor(raw: StripeRaw = {}) {
    super(raw.message);
    this.type = this.constructor.name;
    this.raw = raw;
    this.rawType = raw.type;
    this.code = raw.code;
    this.doc_url = raw.doc_url;
    this.param = raw.param;
    this.detail = raw.detail;
    this.headers = raw.headers;
    this.requestId = raw.requestId;
    this.statusCode = raw.statusCode;
    this.message = raw.message ?? '';
    this.charge = raw.charge;
    this.decline_code = raw.decline_code;
  }
}
class StripeCardError extends StripeError {}
class StripeInvalidRequestError extends StripeError {}
class StripeAPIError extends StripeError {}
class StripeAuthenticationError extends StripeError {}
class StripePermissionError extends StripeError {}
class StripeRateLimitError extends StripeError {}
class StripeConnectionError extends StripeError {}
class StripeIdempotencyError extends StripeError {}

/** What RequestSender does with a JSON error body before choosing the class. */
function stripeRaw(statusCode: number, requestId: string, error: StripeRaw, extraHeaders: Record<string, string> = {}): StripeRaw {
  const headers = { 'content-type': 'application/json', 'request-id': requestId, 'stripe-version': '2024-06-20', ...extraHeaders };
  return { ...error, headers, statusCode, requestId };
}

// ---- Twilio (twilio-node lib/base/RestException) ----------------------------------------------
function parseTwilioBody(text: string): { message?: string; code?: number; more_info?: string; details?: unknown } | null {
  try {
    return JSON.parse(text) as { message?: string; code?: number; more_info?: string; details?: unknown };
  } catch {
    return null;
  }
}
class RestException extends Error {
  status: number;
  code?: number;
  moreInfo?: string;
  details?: unknown;
  constructor(response: { statusCode: number; body: string }) {
    super(`[HTTP ${response.statusCode}] Failed to execute request`);
    const body = parseTwilioBody(response.body);
    this.status = response.statusCode;
    if (body !== null) {
      this.message = body.message ?? this.message;
      this.code = body.code;
      this.moreInfo = body.more_info;
      this.details = body.details;
    }
  }
}

// ---- SendGrid (@sendgrid/helpers classes/response-error.js) -----------------------------------
class ResponseError extends Error {
  code: number;
  response: { headers: Record<string, string>; body: unknown };
  constructor(response: { headers: Record<string, string>; status: number; statusText: string; data: unknown }) {
    super();
    const { headers, status, statusText, data } = response;
    this.code = status;
    this.message = statusText;
    this.response = { headers, body: data };
  }
}

// ---- Shopify (@shopify/shopify-api lib/error.ts, clients/common.ts throwFailedRequest) -----------
class ShopifyError extends Error {
  constructor(message?: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
interface HttpResponseData {
  code: number;
  statusText: string;
  body?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  retryAfter?: number;
}
class HttpResponseError extends ShopifyError {
  readonly response: HttpResponseData;
  constructor({ message, code, statusText, body, headers }: HttpResponseData & { message: string }) {
    super(message);
    this.response = { code, statusText, body, headers };
  }
}
class HttpRetriableError extends HttpResponseError {}
class HttpInternalError extends HttpRetriableError {}
class HttpThrottlingError extends HttpRetriableError {
  constructor({ retryAfter, ...params }: HttpResponseData & { message: string }) {
    super(params);
    this.response.retryAfter = retryAfter;
  }
}
class GraphqlQueryError extends ShopifyError {
  readonly response: Record<string, unknown>;
  readonly headers?: Record<string, unknown>;
  readonly body?: Record<string, unknown>;
  constructor({ message, response, headers, body }: { message: string; response: Record<string, unknown>; headers?: Record<string, unknown>; body?: Record<string, unknown> }) {
    super(message);
    this.response = response;
    this.headers = headers;
    this.body = body;
  }
}

/** shopify-api canonicalizes response headers: canonical names, every value an array. */
const shopifyHeaders = (h: Record<string, string>): Record<string, string[]> => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, [v]]));

export const PAYMENTS_MESSAGING: readonly ThrownRow[] = [
  {
    name: 'Stripe SDK StripeCardError card_declined',
    thrown: () =>
      new StripeCardError(
        stripeRaw(402, 'req_Crd0001', { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.', charge: 'ch_3Pq', doc_url: 'https://stripe.com/docs/error-codes/card-declined' }),
      ),
    expect: { category: 'request', status: 402, sourceCode: 'card_declined', requestId: 'req_Crd0001', fieldKeys: 'skip' },
  },
  {
    name: 'Stripe SDK StripeCardError incorrect_cvc with param',
    thrown: () => new StripeCardError(stripeRaw(402, 'req_Cvc0002', { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: "Your card's security code is incorrect." })),
    expect: { category: 'request', status: 402, sourceCode: 'incorrect_cvc', requestId: 'req_Cvc0002', fieldKeys: ['cvc'] },
  },
  {
    name: 'Stripe SDK StripeInvalidRequestError parameter_missing',
    thrown: () =>
      new StripeInvalidRequestError(stripeRaw(400, 'req_Prm0003', { type: 'invalid_request_error', code: 'parameter_missing', param: 'amount', message: 'Missing required param: amount.' })),
    expect: { category: 'request', status: 400, sourceCode: 'parameter_missing', requestId: 'req_Prm0003', fieldKeys: ['amount'] },
  },
  {
    name: 'Stripe SDK StripeInvalidRequestError resource_missing',
    thrown: () => new StripeInvalidRequestError(stripeRaw(404, 'req_Nf0004', { type: 'invalid_request_error', code: 'resource_missing', param: 'id', message: "No such customer: 'cus_Nope'" })),
    expect: { category: 'not_found', status: 404, sourceCode: 'resource_missing', requestId: 'req_Nf0004', fieldKeys: 'skip' },
  },
  {
    name: 'Stripe SDK StripeAuthenticationError invalid key (no code)',
    thrown: () => new StripeAuthenticationError(stripeRaw(401, 'req_Auth0005', { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****1234' })),
    expect: { category: 'authentication', status: 401, requestId: 'req_Auth0005' },
  },
  {
    name: 'Stripe SDK StripeAuthenticationError api_key_expired',
    thrown: () => new StripeAuthenticationError(stripeRaw(401, 'req_Exp0006', { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key provided: sk_live_****abcd' })),
    expect: { category: 'authentication', status: 401, sourceCode: 'api_key_expired', requestId: 'req_Exp0006' },
  },
  {
    name: 'Stripe SDK StripePermissionError restricted key',
    thrown: () => new StripePermissionError(stripeRaw(403, 'req_Perm0007', { type: 'invalid_request_error', message: "The provided key 'rk_live_****' does not have the required permissions for this endpoint." })),
    expect: { category: 'authorization', status: 403, requestId: 'req_Perm0007' },
  },
  {
    name: 'Stripe SDK StripeRateLimitError rate_limit',
    thrown: () => new StripeRateLimitError(stripeRaw(429, 'req_Rl0008', { type: 'invalid_request_error', code: 'rate_limit', message: 'Request rate limit exceeded.' })),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'rate_limit', requestId: 'req_Rl0008' },
  },
  {
    name: 'Stripe SDK StripeRateLimitError lock_timeout',
    thrown: () => new StripeRateLimitError(stripeRaw(429, 'req_Lk0009', { type: 'invalid_request_error', code: 'lock_timeout', message: 'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.' })),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'lock_timeout', requestId: 'req_Lk0009' },
  },
  {
    name: 'Stripe SDK StripeIdempotencyError',
    thrown: () => new StripeIdempotencyError(stripeRaw(409, 'req_Idm0010', { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' })),
    expect: { category: 'conflict', status: 409, requestId: 'req_Idm0010' },
  },
  {
    name: 'Stripe SDK StripeAPIError 500',
    thrown: () => new StripeAPIError(stripeRaw(500, 'req_Api0011', { type: 'api_error', message: 'An unknown error occurred' })),
    expect: { category: 'server', status: 500, requestId: 'req_Api0011' },
  },
  {
    name: 'Stripe SDK StripeAPIError 503 with retry-after',
    thrown: () => new StripeAPIError(stripeRaw(503, 'req_Api0012', { type: 'api_error', message: 'The service is temporarily unavailable.' }, { 'retry-after': '20' })),
    expect: { category: 'server', status: 503, requestId: 'req_Api0012', retryInSeconds: 20 },
  },
  {
    name: 'Stripe SDK StripeConnectionError after retries',
    thrown: () =>
      new StripeConnectionError({
        message: 'An error occurred with our connection to Stripe. Request was retried 2 times.',
        detail: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      }),
    expect: { category: 'connection' },
  },
  {
    name: 'Stripe SDK StripeConnectionError timeout',
    thrown: () =>
      new StripeConnectionError({
        message: 'Request aborted due to timeout being reached (80000ms)',
        detail: Object.assign(new Error('Request aborted due to timeout being reached (80000ms)'), { code: 'ETIMEDOUT' }),
      }),
    expect: { category: 'connection' },
  },

  // Twilio: the body's code and more_info land on the error; no headers are kept.
  {
    name: 'Twilio SDK RestException 404 20404',
    thrown: () => new RestException({ statusCode: 404, body: JSON.stringify({ code: 20404, message: 'The requested resource /2010-04-01/Accounts/AC123/Messages/SM404.json was not found', more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 }) }),
    expect: { category: 'not_found', status: 404, sourceCode: '20404' },
  },
  {
    name: 'Twilio SDK RestException 401 20003',
    thrown: () => new RestException({ statusCode: 401, body: JSON.stringify({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 }) }),
    expect: { category: 'authentication', status: 401, sourceCode: '20003' },
  },
  {
    name: 'Twilio SDK RestException 400 21211 invalid To number',
    thrown: () =>
      new RestException({ statusCode: 400, body: JSON.stringify({ code: 21211, message: "The 'To' number +1555 is not a valid phone number.", more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 }) }),
    expect: { category: 'request', status: 400, sourceCode: '21211', fieldKeys: 'skip' },
  },
  {
    name: 'Twilio SDK RestException 429 20429',
    thrown: () => new RestException({ statusCode: 429, body: JSON.stringify({ code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 }) }),
    expect: { category: 'rate_limit', status: 429, sourceCode: '20429' },
  },
  {
    name: 'Twilio SDK RestException 503 HTML body',
    thrown: () => new RestException({ statusCode: 503, body: '<html><body>Service Unavailable</body></html>' }),
    expect: { category: 'server', status: 503 },
  },

  // SendGrid: the status is the error's numeric `code`; the body is under response.body.
  {
    name: 'SendGrid ResponseError 401 bad API key',
    thrown: () =>
      new ResponseError({
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'content-type': 'application/json', 'x-message-id': 'sg-msg-1' },
        data: { errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked', field: null, help: null }] },
      }),
    expect: { category: 'authentication', status: 401, fieldKeys: 'skip' },
  },
  {
    name: 'SendGrid ResponseError 403 sender identity',
    thrown: () =>
      new ResponseError({
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
        data: { errors: [{ message: 'The from address does not match a verified Sender Identity.', field: 'from', help: 'https://sendgrid.com/docs/for-developers/sending-email/sender-identity/' }] },
      }),
    expect: { category: 'authorization', status: 403, fieldKeys: 'skip' },
  },
  {
    name: 'SendGrid ResponseError 400 field errors',
    thrown: () =>
      new ResponseError({
        status: 400,
        statusText: 'Bad Request',
        headers: { 'content-type': 'application/json' },
        data: { errors: [{ message: 'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.', field: 'subject', help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.subject' }] },
      }),
    expect: { category: 'request', status: 400, fieldKeys: ['subject'] },
  },
  {
    name: 'SendGrid ResponseError 429 with x-ratelimit-reset',
    thrown: () =>
      new ResponseError({
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'content-type': 'application/json', 'x-ratelimit-limit': '600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1740830400 + 45) },
        data: { errors: [{ field: null, message: 'too many requests' }] },
      }),
    expect: { category: 'rate_limit', status: 429, retryInSeconds: 45, fieldKeys: 'skip' },
  },

  // Shopify: the status is response.code; headers canonicalized to arrays; retryAfter in seconds.
  {
    name: 'Shopify HttpResponseError 404 REST',
    thrown: () =>
      new HttpResponseError({
        message: 'Received an error response (404 Not Found) from Shopify:\n"Not Found"\nIf you report this error, please include this id: 1b2c3d4e',
        code: 404,
        statusText: 'Not Found',
        body: { errors: 'Not Found' },
        headers: shopifyHeaders({ 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': '1b2c3d4e' }),
      }),
    expect: { category: 'not_found', status: 404, requestId: '1b2c3d4e' },
  },
  {
    name: 'Shopify HttpResponseError 422 validation',
    thrown: () =>
      new HttpResponseError({
        message: 'Received an error response (422 Unprocessable Entity) from Shopify',
        code: 422,
        statusText: 'Unprocessable Entity',
        body: { errors: { title: ["can't be blank"] } },
        headers: shopifyHeaders({ 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': '5f6a7b8c' }),
      }),
    expect: { category: 'request', status: 422, requestId: '5f6a7b8c', fieldKeys: ['title'] },
  },
  {
    name: 'Shopify HttpResponseError 401 invalid access token',
    thrown: () =>
      new HttpResponseError({
        message: 'Received an error response (401 Unauthorized) from Shopify',
        code: 401,
        statusText: 'Unauthorized',
        body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' },
        headers: shopifyHeaders({ 'X-Request-Id': 'aa11bb22' }),
      }),
    expect: { category: 'authentication', status: 401, requestId: 'aa11bb22' },
  },
  {
    name: 'Shopify HttpThrottlingError retryAfter 2.0',
    thrown: () =>
      new HttpThrottlingError({
        message: 'Shopify is throttling requests',
        code: 429,
        statusText: 'Too Many Requests',
        body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' },
        headers: shopifyHeaders({ 'Retry-After': '2.0', 'X-Request-Id': 'cc33dd44' }),
        retryAfter: 2,
      }),
    expect: { category: 'rate_limit', status: 429, requestId: 'cc33dd44', retryInSeconds: 2 },
  },
  {
    name: 'Shopify HttpInternalError 503',
    thrown: () =>
      new HttpInternalError({
        message: 'Shopify internal error',
        code: 503,
        statusText: 'Service Unavailable',
        body: { errors: 'Service Unavailable' },
        headers: shopifyHeaders({ 'X-Request-Id': 'ee55ff66', 'Retry-After': httpDate(60) }),
      }),
    expect: { category: 'server', status: 503, requestId: 'ee55ff66', retryInSeconds: 60 },
  },
  {
    name: 'Shopify GraphqlQueryError THROTTLED',
    thrown: () => {
      const body = { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }], extensions: { cost: { requestedQueryCost: 202, actualQueryCost: null, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 84, restoreRate: 100 } } } };
      return new GraphqlQueryError({ message: 'GraphQL query returned errors', response: body, headers: shopifyHeaders({ 'X-Request-Id': 'gq77hh88' }), body });
    },
    expect: { category: 'rate_limit', sourceCode: 'THROTTLED', requestId: 'gq77hh88' },
  },
];
