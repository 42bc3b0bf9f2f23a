import type { ApiErrorCategory } from '../src/model/types.js';

/**
 * The embedded mock API as data: every way the mock server fails, in the dialect a real
 * API uses. One list feeds the MSW handlers (Storybook, browser tests), the example
 * server (real HTTP with real headers), the "Mock API" stories and the docs.
 */

/** The wire format a scenario imitates. The five seed documents come first. */
export type MockDialect =
  | 'seed-000-wcpos'
  | 'seed-001-snake-case'
  | 'seed-002-nested'
  | 'seed-003-flat'
  | 'seed-004-envelope'
  | 'rfc-9457'
  | 'google-rpc'
  | 'graphql'
  | 'json-api'
  | 'wordpress-rest'
  | 'html-proxy'
  | 'plain-text';

export interface MockScenario {
  readonly id: string;
  readonly title: string;
  readonly dialect: MockDialect;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value, or a string sent as is (HTML pages, PHP notices). */
  readonly body: unknown;
  /**
   * Seconds until a retry makes sense. The responder turns it into `Retry-After` and
   * `X-RateLimit-*` headers computed at answer time, so a waiting client sees them count down.
   */
  readonly retryAfterSeconds?: number;
  /** What the kit makes of this answer: the category, and the canonical code. */
  readonly expected: { readonly category: ApiErrorCategory; readonly code: string };
}

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/** The request id the failing checkout reports, in its body and its `X-Request-Id` header. */
export const DEMO_REQUEST_ID = 'req_8c1f2e7a9b4d';

export const SCENARIOS = [
  // Seed 000: WooCommerce POS (WCPOS) codes API0xxxx, sent in the WordPress REST envelope.
  {
    id: 'wcpos-token-expired',
    title: 'WCPOS: token expired (API02002)',
    dialect: 'seed-000-wcpos',
    status: 401,
    headers: JSON_TYPE,
    body: { code: 'API02002', message: 'Token Expired', data: { status: 401 } },
    expected: { category: 'authentication', code: 'TOKEN_EXPIRED' },
  },
  {
    id: 'wcpos-plugin-outdated',
    title: 'WCPOS: plugin outdated (API05003)',
    dialect: 'seed-000-wcpos',
    status: 400,
    headers: JSON_TYPE,
    body: { code: 'API05003', message: 'WCPOS plugin 1.4.0 is older than the required 1.6.0.', data: { status: 400 } },
    expected: { category: 'integration', code: 'WCPOS_PLUGIN_OUTDATED' },
  },
  {
    id: 'wcpos-refresh-expired',
    title: 'WCPOS: refresh token expired (API02009)',
    dialect: 'seed-000-wcpos',
    status: 401,
    headers: JSON_TYPE,
    body: { code: 'API02009', message: 'Refresh Token Expired', data: { status: 401 } },
    expected: { category: 'authentication', code: 'REFRESH_TOKEN_EXPIRED' },
  },
  // Seed 001: flat snake_case codes with a request_id.
  {
    id: 'snake-internal-error',
    title: 'snake_case: 500 with request_id',
    dialect: 'seed-001-snake-case',
    status: 500,
    headers: { ...JSON_TYPE, 'X-Request-Id': DEMO_REQUEST_ID },
    body: { code: 'internal_error', message: 'Unexpected server error: pq: deadlock detected', request_id: DEMO_REQUEST_ID },
    expected: { category: 'server', code: 'INTERNAL_ERROR' },
  },
  {
    id: 'snake-api-key-expired',
    title: 'snake_case: API key expired',
    dialect: 'seed-001-snake-case',
    status: 401,
    headers: JSON_TYPE,
    body: { code: 'api_key_expired', message: 'The API key has expired', request_id: 'req_51d0aa30e2' },
    expected: { category: 'authentication', code: 'API_KEY_EXPIRED' },
  },
  {
    id: 'snake-quota-exceeded',
    title: 'snake_case: daily quota, retry in 6 hours',
    dialect: 'seed-001-snake-case',
    status: 429,
    headers: JSON_TYPE,
    retryAfterSeconds: 6 * 3600,
    body: { code: 'quota_exceeded', message: 'Daily request quota exhausted', request_id: 'req_9e77c1f004' },
    expected: { category: 'rate_limit', code: 'QUOTA_EXCEEDED' },
  },
  // Seed 002: nested {error:{code,message,details}}.
  {
    id: 'nested-permission-denied',
    title: 'Nested: permission denied',
    dialect: 'seed-002-nested',
    status: 403,
    headers: JSON_TYPE,
    body: { error: { code: 'PERMISSION_DENIED', message: 'You do not have permission to perform this action.' } },
    expected: { category: 'authorization', code: 'FORBIDDEN' },
  },
  {
    id: 'nested-not-found',
    title: 'Nested: resource not found',
    dialect: 'seed-002-nested',
    status: 404,
    headers: JSON_TYPE,
    body: { error: { code: 'RESOURCE_NOT_FOUND', message: 'The requested resource could not be found.' } },
    expected: { category: 'not_found', code: 'NOT_FOUND' },
  },
  {
    id: 'nested-service-unavailable',
    title: 'Nested: maintenance, back in 2 minutes',
    dialect: 'seed-002-nested',
    status: 503,
    headers: JSON_TYPE,
    retryAfterSeconds: 120,
    body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable. Please try again later.' } },
    expected: { category: 'server', code: 'SERVICE_UNAVAILABLE' },
  },
  // Seed 003: {success:false, errors:{field:msg}, message, error_code}.
  {
    id: 'flat-validation',
    title: 'success:false: field validation',
    dialect: 'seed-003-flat',
    status: 422,
    headers: JSON_TYPE,
    body: {
      success: false,
      errors: { name: 'Name is required', email: 'Enter an email address like name@example.com' },
      message: 'Validation failed',
      error_code: 'VALIDATION_ERROR',
    },
    expected: { category: 'request', code: 'VALIDATION_ERROR' },
  },
  {
    id: 'flat-conflict',
    title: 'success:false: duplicate',
    dialect: 'seed-003-flat',
    status: 409,
    headers: JSON_TYPE,
    body: { success: false, errors: {}, message: 'A customer with this email already exists', error_code: 'CONFLICT' },
    expected: { category: 'conflict', code: 'CONFLICT' },
  },
  // Seed 004: {code, status:'error', error:{code,message,details}} with rate-limit headers.
  {
    id: 'envelope-rate-limit',
    title: 'Envelope: 429 with Retry-After and X-RateLimit-*',
    dialect: 'seed-004-envelope',
    status: 429,
    headers: JSON_TYPE,
    retryAfterSeconds: 60,
    body: { code: 429, status: 'error', error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Retry after 60 seconds.', tier: 'public_key' } },
    expected: { category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED' },
  },
  {
    id: 'envelope-token-expired',
    title: 'Envelope: token expired',
    dialect: 'seed-004-envelope',
    status: 401,
    headers: JSON_TYPE,
    body: { code: 401, status: 'error', error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } },
    expected: { category: 'authentication', code: 'TOKEN_EXPIRED' },
  },
  {
    id: 'envelope-field-invalid',
    title: 'Envelope: invalid field',
    dialect: 'seed-004-envelope',
    status: 400,
    headers: JSON_TYPE,
    body: {
      code: 400,
      status: 'error',
      message: 'Request validation failed',
      error: { code: 'FIELD_INVALID', message: 'Field value is invalid', details: { field: 'email' } },
    },
    expected: { category: 'request', code: 'FIELD_INVALID' },
  },
  // Beyond the seeds.
  {
    id: 'problem-details',
    title: 'RFC 9457 problem details with an errors extension',
    dialect: 'rfc-9457',
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
    body: {
      type: 'https://example.com/probs/validation',
      title: 'Your request is not valid.',
      status: 422,
      detail: 'The address is incomplete.',
      instance: '/customers/7/address',
      errors: [{ detail: 'City is required', pointer: '#/address/city' }],
    },
    expected: { category: 'request', code: 'VALIDATION_ERROR' },
  },
  {
    id: 'google-resource-exhausted',
    title: 'google.rpc.Status: RESOURCE_EXHAUSTED with RetryInfo',
    dialect: 'google-rpc',
    status: 429,
    headers: JSON_TYPE,
    body: {
      error: {
        code: 429,
        message: "Quota exceeded for quota metric 'Read requests'.",
        status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com' },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' },
          { '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: 'g-7d2c41b8' },
        ],
      },
    },
    expected: { category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED' },
  },
  {
    id: 'graphql-unauthenticated',
    title: 'GraphQL: errors without data, HTTP 200',
    dialect: 'graphql',
    status: 200,
    headers: JSON_TYPE,
    body: { errors: [{ message: 'You must be signed in.', extensions: { code: 'UNAUTHENTICATED' } }], data: null },
    expected: { category: 'authentication', code: 'UNAUTHORIZED' },
  },
  {
    id: 'json-api-validation',
    title: 'JSON:API: field errors by pointer',
    dialect: 'json-api',
    status: 422,
    headers: { 'Content-Type': 'application/vnd.api+json' },
    body: {
      errors: [
        { status: '422', code: 'FIELD_REQUIRED', title: 'City is required', source: { pointer: '/data/attributes/address/city' } },
      ],
    },
    expected: { category: 'request', code: 'FIELD_REQUIRED' },
  },
  {
    id: 'wordpress-rest-forbidden',
    title: 'WordPress REST: rest_forbidden',
    dialect: 'wordpress-rest',
    status: 403,
    headers: JSON_TYPE,
    body: { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 403 } },
    expected: { category: 'authorization', code: 'FORBIDDEN' },
  },
  {
    id: 'wordpress-php-notice',
    title: 'WordPress REST behind a PHP notice (recovered JSON)',
    dialect: 'wordpress-rest',
    status: 404,
    headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    body:
      '<br />\n<b>Notice</b>:  Undefined index: store in <b>/var/www/wp-content/plugins/shop/api.php</b> on line <b>42</b><br />\n' +
      JSON.stringify({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } }),
    expected: { category: 'not_found', code: 'NOT_FOUND' },
  },
  {
    id: 'html-bad-gateway',
    title: 'HTML page from a proxy (502)',
    dialect: 'html-proxy',
    status: 502,
    headers: { 'Content-Type': 'text/html' },
    body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
    expected: { category: 'server', code: 'BAD_GATEWAY' },
  },
  {
    id: 'html-on-success',
    title: 'HTML where JSON was expected (a Wi-Fi login page, HTTP 200)',
    dialect: 'html-proxy',
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    body: '<!doctype html><html><head><title>Hotel Wi-Fi</title></head><body><form><h1>Accept the terms to continue</h1></form></body></html>',
    expected: { category: 'response', code: 'INVALID_RESPONSE_FORMAT' },
  },
  {
    id: 'plain-text-unavailable',
    title: 'Plain text 503 from a load balancer',
    dialect: 'plain-text',
    status: 503,
    headers: { 'Content-Type': 'text/plain' },
    body: 'Service Unavailable',
    expected: { category: 'server', code: 'SERVICE_UNAVAILABLE' },
  },
] as const satisfies readonly MockScenario[];

export type MockScenarioId = (typeof SCENARIOS)[number]['id'];

const byId = new Map<string, MockScenario>(SCENARIOS.map((s) => [s.id, s]));

export function findScenario(id: string): MockScenario | undefined {
  return byId.get(id);
}

export function getScenario(id: MockScenarioId): MockScenario {
  const scenario = byId.get(id);
  if (!scenario) throw new Error(`Unknown mock scenario: ${id}`);
  return scenario;
}
