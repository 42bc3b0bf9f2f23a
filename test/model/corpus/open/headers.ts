// Open readings of rate-limit headers (GitHub, Anthropic, X): the reasons are in ../unsettled.ts.
import { epoch, iso, type HttpRow } from '../row.js';

export const OPEN_HEADERS: readonly HttpRow[] = [
  {
    name: 'GitHub 404 that spent the last request of the hour (x-ratelimit-remaining 0)',
    status: 404,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': epoch(1200) },
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    expect: { category: 'not_found', retryInSeconds: null },
  },
  {
    name: 'Anthropic 429 without retry-after: only anthropic-ratelimit-tokens-reset (RFC 3339)',
    status: 429,
    headers: { 'anthropic-ratelimit-requests-remaining': '12', 'anthropic-ratelimit-requests-reset': iso(5), 'anthropic-ratelimit-tokens-remaining': '0', 'anthropic-ratelimit-tokens-reset': iso(40), 'request-id': 'req_011CNoRetryAfter' },
    body: { type: 'error', error: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' } },
    expect: { category: 'rate_limit', retryInSeconds: 40, requestId: 'req_011CNoRetryAfter' },
  },
  {
    name: 'X API 429 on the 24-hour app limit while the 15-minute window has budget',
    status: 429,
    headers: { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '297', 'x-rate-limit-reset': epoch(800), 'x-app-limit-24hour-limit': '1500', 'x-app-limit-24hour-remaining': '0', 'x-app-limit-24hour-reset': epoch(36000) },
    body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    expect: { category: 'rate_limit', retryInSeconds: 36000 },
  },
];
