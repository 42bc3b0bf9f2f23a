// Backend frameworks' default error answers (AdonisJS, Hono, Elysia, Gin, Echo, Fiber, Actix Web,
// Axum, Django Ninja, Litestar, Go kit) and gateways/load balancers (Tyk, Apigee, AWS ALB, Azure
// Front Door / Application Gateway, Google Cloud Load Balancing, Cloud Run).
import { HTML, TEXT, type HttpRow } from '../row.js';

const fault = (faultstring: string, errorcode: string) => ({ fault: { faultstring, detail: { errorcode } } });
const elb = (line: string) => `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n</body>\r\n</html>\r\n`;
const awselb = { ...HTML, server: 'awselb/2.0' };
const gfe = (code: number, kind: string, text: string) =>
  `<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error ${code} (${kind})!!1</title>\n  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>\n  <p><b>${code}.</b> <ins>That’s an error.</ins>\n  <p>${text}  <ins>That’s all we know.</ins>\n`;
const afd = `<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>0ZCfaZQAAAAB5v6QhQ1ZCTYQZ9rM4Pk8BTE9OMjFFREdFMDkxNAA5YTQxYmE1Mi0wMTY1LTRkNjEtYjM2YS1hZTY5ZjE2ZjQwMmU=</body></html>`;

export const FRAMEWORKS_GATEWAYS: readonly HttpRow[] = [
  { name: 'AdonisJS 422 VineJS errors list', status: 422, body: { errors: [{ message: 'The email field must be defined', rule: 'required', field: 'email' }] }, expect: { category: 'request', fieldKeys: ['email'] } },
  { name: 'AdonisJS 401 unauthorized access', status: 401, body: { errors: [{ message: 'Unauthorized access' }] }, expect: { category: 'authentication' } },
  { name: 'AdonisJS 429 limiter too many requests', status: 429, headers: { 'retry-after': '60', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' }, body: { errors: [{ message: 'Too many requests' }] }, expect: { category: 'rate_limit', retryInSeconds: 60 } },
  { name: 'AdonisJS 404 E_ROUTE_NOT_FOUND', status: 404, body: { message: 'Cannot GET:/api/nope', code: 'E_ROUTE_NOT_FOUND' }, expect: { category: 'not_found', sourceCode: 'E_ROUTE_NOT_FOUND' } },

  { name: 'Hono 401 bearer-auth text with WWW-Authenticate', status: 401, headers: { ...TEXT, 'www-authenticate': 'Bearer realm="", error="invalid_token", error_description="token is invalid"' }, body: 'Unauthorized', expect: { category: 'authentication' } },
  { name: 'Hono 404 default text', status: 404, headers: TEXT, body: '404 Not Found', expect: { category: 'not_found' } },
  { name: 'Hono 500 default text', status: 500, headers: TEXT, body: 'Internal Server Error', expect: { category: 'server' } },
  {
    name: 'Hono zValidator 400 ZodError issues',
    status: 400,
    body: { success: false, error: { issues: [{ code: 'invalid_type', expected: 'string', received: 'undefined', path: ['name'], message: 'Required' }], name: 'ZodError' } },
    expect: { category: 'request', fieldKeys: ['name'] },
  },

  { name: 'Elysia 404 NOT_FOUND text', status: 404, headers: TEXT, body: 'NOT_FOUND', expect: { category: 'not_found' } },
  {
    name: 'Elysia 422 validation error',
    status: 422,
    body: { type: 'validation', on: 'body', summary: "Property 'name' is missing", property: '/name', message: 'Required property', expected: { name: '' }, found: {}, errors: [{ type: 45, schema: { type: 'string' }, path: '/name', message: 'Required property', summary: "Property 'name' is missing" }] },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  { name: 'Elysia 500 INTERNAL_SERVER_ERROR text', status: 500, headers: TEXT, body: 'INTERNAL_SERVER_ERROR', expect: { category: 'server' } },

  { name: 'Gin 404 page not found text', status: 404, headers: TEXT, body: '404 page not found', expect: { category: 'not_found' } },
  { name: 'Gin 405 method not allowed text', status: 405, headers: TEXT, body: '405 method not allowed', expect: { category: 'request' } },

  { name: 'Echo 404 message Not Found', status: 404, body: { message: 'Not Found' }, expect: { category: 'not_found' } },
  { name: 'Echo JWT 401 invalid or expired jwt', status: 401, body: { message: 'invalid or expired jwt' }, expect: { category: 'authentication' } },
  { name: 'Echo 429 rate limit exceeded', status: 429, body: { message: 'rate limit exceeded' }, expect: { category: 'rate_limit' } },
  { name: 'Echo 413 request entity too large', status: 413, body: { message: 'Request Entity Too Large' }, expect: { category: 'request' } },
  { name: 'Echo 403 invalid csrf token', status: 403, body: { message: 'invalid csrf token' }, expect: { category: 'authorization' } },

  { name: 'Fiber 404 Cannot GET text', status: 404, headers: TEXT, body: 'Cannot GET /api/nope', expect: { category: 'not_found' } },
  { name: 'Fiber limiter 429 with Retry-After', status: 429, headers: { ...TEXT, 'retry-after': '30' }, body: 'Too Many Requests', expect: { category: 'rate_limit', retryInSeconds: 30 } },
  { name: 'Fiber keyauth 401 missing or malformed API Key', status: 401, headers: TEXT, body: 'missing or malformed API Key', expect: { category: 'authentication' } },

  { name: 'Actix 400 Json deserialize error text', status: 400, headers: TEXT, body: 'Json deserialize error: missing field `name` at line 1 column 2', expect: { category: 'request' } },
  { name: 'Actix 413 JSON payload too large text', status: 413, headers: TEXT, body: 'JSON payload (2097152 bytes) is larger than allowed (limit: 262144 bytes).', expect: { category: 'request' } },
  { name: 'Actix 404 empty body', status: 404, body: '', expect: { category: 'not_found' } },

  { name: 'Axum 422 failed to deserialize JSON text', status: 422, headers: TEXT, body: 'Failed to deserialize the JSON body into the target type: missing field `email` at line 1 column 2', expect: { category: 'request' } },
  { name: 'Axum 415 expected JSON content type text', status: 415, headers: TEXT, body: 'Expected request with `Content-Type: application/json`', expect: { category: 'request' } },
  { name: 'Axum 400 failed to parse JSON text', status: 400, headers: TEXT, body: 'Failed to parse the request body as JSON: expected value at line 1 column 1', expect: { category: 'request' } },
  { name: 'Axum 405 empty body', status: 405, body: '', expect: { category: 'request' } },

  { name: 'Django Ninja 422 detail list', status: 422, body: { detail: [{ type: 'missing', loc: ['body', 'payload', 'name'], msg: 'Field required' }] }, expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Django Ninja 401 Unauthorized', status: 401, body: { detail: 'Unauthorized' }, expect: { category: 'authentication' } },
  { name: 'Django Ninja 429 throttled with Retry-After', status: 429, headers: { 'retry-after': '42' }, body: { detail: 'Too many requests.' }, expect: { category: 'rate_limit', retryInSeconds: 42 } },
  { name: 'Django Ninja 404 Not Found', status: 404, body: { detail: 'Not Found' }, expect: { category: 'not_found' } },

  { name: 'Litestar 400 validation failed with extra', status: 400, body: { status_code: 400, detail: 'Validation failed for POST /users', extra: [{ message: 'Expected `str`, got `int`', key: 'name', source: 'body' }] }, expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Litestar 401 no JWT token found', status: 401, body: { status_code: 401, detail: 'No JWT token found in request header' }, expect: { category: 'authentication' } },
  { name: 'Litestar 404 Not Found', status: 404, body: { status_code: 404, detail: 'Not Found' }, expect: { category: 'not_found' } },
  { name: 'Litestar 405 Method Not Allowed', status: 405, body: { status_code: 405, detail: 'Method Not Allowed' }, expect: { category: 'request' } },
  { name: 'Litestar 429 rate limit with RateLimit headers', status: 429, headers: { 'ratelimit-policy': '1; w=60', 'ratelimit-limit': '1', 'ratelimit-remaining': '0', 'ratelimit-reset': '55' }, body: { status_code: 429, detail: 'Too Many Requests' }, expect: { category: 'rate_limit', retryInSeconds: 55 } },
  { name: 'Litestar 500 Internal Server Error', status: 500, body: { status_code: 500, detail: 'Internal Server Error' }, expect: { category: 'server' } },
  { name: 'Go kit 500 DefaultErrorEncoder text', status: 500, headers: TEXT, body: 'upstream: context deadline exceeded', expect: { category: 'server' } },

  { name: 'Tyk 401 authorization field missing', status: 401, body: { error: 'Authorization field missing' }, expect: { category: 'authentication' } },
  { name: 'Tyk 429 rate limit exceeded', status: 429, body: { error: 'Rate limit exceeded' }, expect: { category: 'rate_limit' } },
  { name: 'Tyk 403 access to this API has been disallowed', status: 403, body: { error: 'Access to this API has been disallowed' }, expect: { category: 'authorization' } },
  { name: 'Tyk 500 problem proxying the request', status: 500, body: { error: 'There was a problem proxying the request' }, expect: { category: 'server' } },

  { name: 'Apigee 401 oauth.v2.InvalidApiKey', status: 401, body: fault('Invalid ApiKey', 'oauth.v2.InvalidApiKey'), expect: { category: 'authentication', sourceCode: 'oauth.v2.InvalidApiKey' } },
  { name: 'Apigee 401 access token expired', status: 401, body: fault('Access Token expired', 'keymanagement.service.access_token_expired'), expect: { category: 'authentication', sourceCode: 'keymanagement.service.access_token_expired' } },
  { name: 'Apigee 401 FailedToResolveAPIKey', status: 401, body: fault('Failed to resolve API Key variable request.queryparam.apikey', 'steps.oauth.v2.FailedToResolveAPIKey'), expect: { category: 'authentication' } },
  { name: 'Apigee 429 QuotaViolation', status: 429, body: fault('Rate limit quota violation. Quota limit  exceeded. Identifier : _default', 'policies.ratelimit.QuotaViolation'), expect: { category: 'rate_limit', sourceCode: 'policies.ratelimit.QuotaViolation' } },
  { name: 'Apigee 429 SpikeArrestViolation', status: 429, body: fault('Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}', 'policies.ratelimit.SpikeArrestViolation'), expect: { category: 'rate_limit' } },
  { name: 'Apigee 404 ApplicationNotFound (no proxy for host)', status: 404, body: fault('Unable to identify proxy for host: default and url: \\/v1\\/nope', 'messaging.adaptors.http.flow.ApplicationNotFound'), expect: { category: 'not_found' } },
  { name: 'Apigee 503 ServiceUnavailable', status: 503, body: fault('The Service is temporarily unavailable', 'messaging.adaptors.http.flow.ServiceUnavailable'), expect: { category: 'server' } },
  { name: 'Apigee 504 GatewayTimeout', status: 504, body: fault('Gateway Timeout', 'messaging.adaptors.http.flow.GatewayTimeout'), expect: { category: 'server' } },
  { name: 'Apigee 500 UnresolvedVariable', status: 500, body: fault('Unresolved variable : request.header.x-foo', 'steps.assignmessage.UnresolvedVariable'), expect: { category: 'server' } },

  { name: 'AWS ALB 502 Bad Gateway page', status: 502, headers: awselb, body: elb('502 Bad Gateway'), expect: { category: 'server' } },
  { name: 'AWS ALB 503 no registered targets', status: 503, headers: awselb, body: elb('503 Service Temporarily Unavailable'), expect: { category: 'server' } },
  { name: 'AWS ALB 504 Gateway Time-out', status: 504, headers: awselb, body: elb('504 Gateway Time-out'), expect: { category: 'server' } },
  { name: 'AWS ALB 403 WAF block', status: 403, headers: awselb, body: elb('403 Forbidden'), expect: { category: 'authorization' } },
  { name: 'AWS ALB 400 Bad Request', status: 400, headers: awselb, body: elb('400 Bad Request'), expect: { category: 'request' } },
  { name: 'AWS ALB 463 too many X-Forwarded-For addresses', status: 463, headers: awselb, body: elb('463'), expect: { category: 'request' } },

  { name: 'Azure Front Door 503 our services are not available', status: 503, headers: { ...HTML, 'x-azure-ref': '0ZCfaZQAAAAB5v6QhQ1ZCTYQZ9rM4Pk8B' }, body: afd, expect: { category: 'server' } },
  { name: 'Azure Application Gateway 502 page', status: 502, headers: { ...HTML, server: 'Microsoft-Azure-Application-Gateway/v2' }, body: elb('502 Bad Gateway').replace('</h1></center>', '</h1></center>\r\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>'), expect: { category: 'server' } },
  { name: 'Azure Application Gateway 403 WAF', status: 403, headers: { ...HTML, server: 'Microsoft-Azure-Application-Gateway/v2' }, body: elb('403 Forbidden'), expect: { category: 'authorization' } },

  { name: 'Google Cloud Load Balancer 502 server error page', status: 502, headers: HTML, body: gfe(502, 'Server Error', 'The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.'), expect: { category: 'server' } },
  { name: 'Google front end 404 URL not found page', status: 404, headers: HTML, body: gfe(404, 'Not Found', 'The requested URL <code>/v1/nope</code> was not found on this server.'), expect: { category: 'not_found' } },
  { name: 'Google front end 400 malformed request page', status: 400, headers: HTML, body: gfe(400, 'Bad Request', 'Your client has issued a malformed or illegal request.'), expect: { category: 'request' } },
  { name: 'Cloud Run 429 no available instance', status: 429, headers: TEXT, body: 'Rate exceeded.', expect: { category: 'rate_limit' } },
  { name: 'Cloud Run 503 service unavailable page', status: 503, headers: HTML, body: gfe(503, 'Service Unavailable', 'The service you requested is not available yet.<p>Please try again in 30 seconds.'), expect: { category: 'server' } },
  { name: 'Cloud Run 504 upstream request timeout', status: 504, headers: TEXT, body: 'upstream request timeout', expect: { category: 'server' } },
];
