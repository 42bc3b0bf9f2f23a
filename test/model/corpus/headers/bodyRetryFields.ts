// Retry times that only the body carries: in problem details, in a maintenance 503, in
// milliseconds, nested where the vendor puts them.
import type { HttpRow } from '../row.js';

export const BODY_RETRY_FIELDS: readonly HttpRow[] = [
  {
    name: 'Matrix 429 M_LIMIT_EXCEEDED with retry_after_ms',
    source: 'https://spec.matrix.org/v1.13/client-server-api/#rate-limiting',
    status: 429,
    body: { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 2000 },
    expect: { category: 'rate_limit', retryInSeconds: 2 },
  },
  {
    // Webex's ServiceUnavailableError keeps the wait in `details.retryAfter` (seconds).
    name: 'Webex 503 maintenance with details.retryAfter',
    source: 'https://raw.githubusercontent.com/api-evangelist/webex/refs/heads/main/json-schema/webex-serviceunavailableerror-schema.json',
    status: 503,
    body: { code: 503, message: 'Service is temporarily unavailable due to maintenance.', trackingId: 'WXC-12345-67898', details: { maintenanceWindow: { startTime: '2025-03-01T12:00:00Z', endTime: '2025-03-01T13:00:00Z' }, retryAfter: 3600 } },
    expect: { category: 'server', retryInSeconds: 3600 },
  },
  {
    // The starter's RFC 7807 answer, with its rate-limit headers switched off (include-http-headers: false).
    name: 'spring-boot-starter-redis-rate-limiter 429 problem detail with retryAfterSeconds',
    source: 'https://www.mintlify.com/V4run-Sharma/spring-boot-starter-redis-rate-limiter/guides/http-responses',
    status: 429,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: 'about:blank', title: 'Rate limit exceeded', status: 429, detail: 'Rate limit exceeded for key: user:john:getData', instance: null, timestamp: '2025-03-01T12:00:00.000Z', key: 'user:john:getData', limit: 10, windowSeconds: 60, name: 'api-data', retryAfterSeconds: 45 },
    expect: { category: 'rate_limit', retryInSeconds: 45 },
  },
  {
    // Docdex's rate-limit contract: the wait in milliseconds inside `error`.
    name: 'Docdex 429 error.retry_after_ms',
    source: 'https://glama.ai/mcp/servers/@bekirdag/docdex/blob/fad1db0d70229f34db7c44c981ae3af94f1d91bd/docs/contracts/rate_limit_error_contract_v1.md',
    status: 429,
    body: { error: { code: 'rate_limited', message: 'rate limited', retry_after_ms: 1200, retry_at: '2025-03-01T12:00:01Z', limit_key: 'http_ip', scope: 'ip' } },
    expect: { category: 'rate_limit', sourceCode: 'rate_limited', retryInSeconds: 1 },
  },
  {
    // Only a rate limit or an outage says when to come back; a 500 with Retry-After does not.
    name: 'plain 500 with Retry-After is not an outage: no wait',
    status: 500,
    headers: { 'retry-after': '30' },
    body: { message: 'Internal Server Error' },
    expect: { category: 'server', retryInSeconds: null },
  },
];
