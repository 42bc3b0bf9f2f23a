// API gateways and proxies: Kong, AWS API Gateway, Azure API Management, Envoy, Traefik, Caddy.
import { TEXT, type HttpRow } from '../row.js';

const apigw = (type: string | undefined, id: string) => ({
  'content-type': 'application/json', 'x-amzn-requestid': id, 'x-amz-apigw-id': 'GhWb1EXAMPLE=', ...(type !== undefined && { 'x-amzn-errortype': type }),
});
const apim = (statusCode: number, message: string) => ({ statusCode, message });

export const GATEWAYS: readonly HttpRow[] = [
  {
    name: 'Kong 401 key-auth no API key with request_id',
    status: 401,
    headers: { 'www-authenticate': 'Key', 'x-kong-request-id': 'd2e9f4a17c4b3e2a8f6d0b1c' },
    body: { message: 'No API key found in request', request_id: 'd2e9f4a17c4b3e2a8f6d0b1c' },
    expect: { category: 'authentication', requestId: 'd2e9f4a17c4b3e2a8f6d0b1c' },
  },
  { name: 'Kong 401 invalid authentication credentials', status: 401, body: { message: 'Invalid authentication credentials' }, expect: { category: 'authentication' } },
  { name: 'Kong 403 ACL cannot consume this service', status: 403, body: { message: 'You cannot consume this service' }, expect: { category: 'authorization' } },
  {
    name: 'Kong 429 rate-limiting plugin headers',
    status: 429,
    headers: { 'retry-after': '36', 'x-ratelimit-limit-minute': '5', 'x-ratelimit-remaining-minute': '0', 'ratelimit-limit': '5', 'ratelimit-remaining': '0', 'ratelimit-reset': '36' },
    body: { message: 'API rate limit exceeded' },
    expect: { category: 'rate_limit', retryInSeconds: 36 },
  },
  { name: 'Kong 404 no Route matched', status: 404, body: { message: 'no Route matched with those values' }, expect: { category: 'not_found' } },
  { name: 'Kong 502 invalid upstream response', status: 502, body: { message: 'An invalid response was received from the upstream server' }, expect: { category: 'server' } },
  { name: 'Kong 503 no peer from ring-balancer', status: 503, body: { message: 'failure to get a peer from the ring-balancer' }, expect: { category: 'server' } },
  { name: 'Kong 504 upstream timing out', status: 504, body: { message: 'The upstream server is timing out' }, expect: { category: 'server' } },
  { name: 'Kong 413 request size limit', status: 413, body: { message: 'Request size limit exceeded' }, expect: { category: 'request' } },

  {
    name: 'API Gateway 403 ForbiddenException',
    status: 403,
    headers: apigw('ForbiddenException', 'c9f1d3a2-5b7e-4f0a-9c2d-3e4f5a6b7c8d'),
    body: { message: 'Forbidden' },
    expect: { category: 'authorization', requestId: 'c9f1d3a2-5b7e-4f0a-9c2d-3e4f5a6b7c8d' },
  },
  { name: 'API Gateway 429 TooManyRequestsException', status: 429, headers: apigw('TooManyRequestsException', 'a1'), body: { message: 'Too Many Requests' }, expect: { category: 'rate_limit' } },
  { name: 'API Gateway 429 LimitExceededException (usage plan quota)', status: 429, headers: apigw('LimitExceededException', 'a2'), body: { message: 'Limit Exceeded' }, expect: { category: 'rate_limit' } },
  { name: 'API Gateway 504 endpoint request timed out', status: 504, headers: apigw(undefined, 'a3'), body: { message: 'Endpoint request timed out' }, expect: { category: 'server' } },
  { name: 'API Gateway 502 malformed Lambda proxy response', status: 502, headers: apigw(undefined, 'a4'), body: { message: 'Internal server error' }, expect: { category: 'server' } },

  {
    name: 'Azure APIM 401 missing subscription key',
    status: 401,
    body: apim(401, 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.'),
    expect: { category: 'authentication' },
  },
  {
    name: 'Azure APIM 401 invalid subscription key',
    status: 401,
    body: apim(401, 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.'),
    expect: { category: 'authentication' },
  },
  {
    name: 'Azure APIM 429 rate-limit policy with Retry-After',
    status: 429,
    headers: { 'retry-after': '5' },
    body: apim(429, 'Rate limit is exceeded. Try again in 5 seconds.'),
    expect: { category: 'rate_limit', retryInSeconds: 5 },
  },
  {
    name: 'Azure APIM 403 quota policy with Retry-After',
    status: 403,
    headers: { 'retry-after': '300' },
    body: apim(403, 'Out of call volume quota. Quota will be replenished in 00:05:00.'),
    expect: { category: 'rate_limit', retryInSeconds: 300 },
  },
  { name: 'Azure APIM 404 resource not found', status: 404, body: apim(404, 'Resource not found'), expect: { category: 'not_found' } },

  {
    name: 'Envoy 503 upstream connect error',
    status: 503,
    headers: TEXT,
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    expect: { category: 'server' },
  },
  { name: 'Envoy 503 no healthy upstream', status: 503, headers: TEXT, body: 'no healthy upstream', expect: { category: 'server' } },
  { name: 'Envoy 504 upstream request timeout', status: 504, headers: TEXT, body: 'upstream request timeout', expect: { category: 'server' } },
  {
    name: 'Envoy 429 local rate limit',
    status: 429,
    headers: { ...TEXT, 'x-envoy-ratelimited': 'true' },
    body: 'local_rate_limited',
    expect: { category: 'rate_limit' },
  },
  { name: 'Envoy 403 RBAC access denied', status: 403, headers: TEXT, body: 'RBAC: access denied', expect: { category: 'authorization' } },
  { name: 'Envoy 401 Jwt is expired', status: 401, headers: TEXT, body: 'Jwt is expired', expect: { category: 'authentication' } },

  { name: 'Traefik 404 page not found', status: 404, headers: TEXT, body: '404 page not found\n', expect: { category: 'not_found' } },
  { name: 'Traefik 502 Bad Gateway', status: 502, headers: TEXT, body: 'Bad Gateway', expect: { category: 'server' } },
  {
    name: 'Traefik 429 ratelimit middleware with Retry-After',
    status: 429,
    headers: { ...TEXT, 'retry-after': '2', 'x-retry-in': '1.5s' },
    body: 'Too Many Requests',
    expect: { category: 'rate_limit', retryInSeconds: 2 },
  },
  {
    name: 'Traefik 401 basicAuth',
    status: 401,
    headers: { ...TEXT, 'www-authenticate': 'Basic realm="traefik"' },
    body: '401 Unauthorized\n',
    expect: { category: 'authentication' },
  },
  { name: 'Traefik 503 no available server', status: 503, headers: TEXT, body: 'no available server\n', expect: { category: 'server' } },

  { name: 'Caddy 502 empty body', status: 502, headers: { server: 'Caddy' }, body: '', expect: { category: 'server' } },
  { name: 'Caddy 404 empty body', status: 404, headers: { server: 'Caddy' }, body: '', expect: { category: 'not_found' } },
];
