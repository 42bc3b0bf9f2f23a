// Rate-limit headers of code hosts, social and work apps, each row from the vendor's public
// documentation of its headers: GitHub, X, Discord, Reddit, Okta, Zendesk, Jira, HubSpot,
// Salesforce, Slack, Linear, Notion.
import { epoch, epochMs, httpDate, TEXT, type HttpRow } from '../row.js';

const ghLimit = (message: string) => ({
  message,
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
});

export const COLLAB_LIMITS: readonly HttpRow[] = [
  // GitHub: "x-ratelimit-remaining is 0 ... do not retry until x-ratelimit-reset (UTC epoch seconds)".
  {
    name: 'GitHub 403 primary limit: x-ratelimit-remaining 0, reset epoch, used/resource headers',
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000',
      'x-ratelimit-reset': epoch(1800), 'x-ratelimit-resource': 'core', 'x-github-request-id': 'D1E2:3F4A:1B2C3D:4E5F60:67C2F501',
    },
    body: ghLimit('API rate limit exceeded for user ID 583231.'),
    expect: { category: 'rate_limit', retryInSeconds: 1800, requestId: 'D1E2:3F4A:1B2C3D:4E5F60:67C2F501' },
  },
  {
    name: 'GitHub 429 primary limit for an unauthenticated IP',
    status: 429,
    headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '60', 'x-ratelimit-reset': epoch(2400), 'x-ratelimit-resource': 'core' },
    body: ghLimit("API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit.)"),
    expect: { category: 'rate_limit', retryInSeconds: 2400 },
  },
  {
    name: 'GitHub 429 secondary limit with retry-after while the primary window has budget',
    status: 429,
    headers: { 'retry-after': '60', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4321', 'x-ratelimit-reset': epoch(3000) },
    body: ghLimit('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
    expect: { category: 'rate_limit', retryInSeconds: 60 },
  },
  {
    // GitHub: "Otherwise, wait for at least one minute" — the primary window's reset (50 min away,
    // 4321 requests left) is not when this limit lifts, so the kit must not promise it.
    name: 'GitHub 429 secondary limit without retry-after: primary reset is not this limit',
    status: 429,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4321', 'x-ratelimit-reset': epoch(3000), 'x-github-request-id': 'AB12:0001:0002:0003:67C2F502' },
    body: ghLimit('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'AB12:0001:0002:0003:67C2F502' },
  },
  {
    name: 'GitHub 404 with a healthy window gets no retryAt',
    status: 404,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': epoch(3599), 'x-github-request-id': 'AB12:0404:0002:0003:67C2F503' },
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    expect: { category: 'not_found', retryInSeconds: null, requestId: 'AB12:0404:0002:0003:67C2F503' },
  },
  {
    name: 'GitHub 403 missing permission with a healthy window is not a rate limit',
    status: 403,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4990', 'x-ratelimit-reset': epoch(3000), 'x-accepted-github-permissions': 'issues=write' },
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' },
    expect: { category: 'authorization', retryInSeconds: null },
  },

  // X (Twitter): x-rate-limit-reset is a Unix timestamp.
  {
    name: 'X API 429 code 88 with x-rate-limit-reset epoch and a server Date 3 minutes ahead',
    status: 429,
    headers: { date: httpDate(180), 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(180 + 600) },
    body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
    expect: { category: 'rate_limit', retryInSeconds: 600 },
  },
  {
    name: 'X API v2 404 with x-rate-limit headers and budget left',
    status: 404,
    headers: { 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '899', 'x-rate-limit-reset': epoch(900) },
    body: { errors: [{ value: '1234', detail: 'Could not find tweet with id: [1234].', title: 'Not Found Error', resource_type: 'tweet', parameter: 'id', resource_id: '1234', type: 'https://api.twitter.com/2/problems/resource-not-found' }], title: 'Not Found Error', detail: 'Could not find tweet with id: [1234].', type: 'https://api.twitter.com/2/problems/resource-not-found' },
    expect: { category: 'not_found', retryInSeconds: null, fieldKeys: 'skip' },
  },

  // Discord: Retry-After, X-RateLimit-Reset (epoch, float), X-RateLimit-Reset-After (float seconds),
  // X-RateLimit-Global / -Scope; body {message, retry_after, global}.
  {
    name: 'Discord 429 global limit: Retry-After, X-RateLimit-Global, body retry_after float',
    status: 429,
    headers: { 'retry-after': '65', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    body: { message: 'You are being rate limited.', retry_after: 64.57, global: true },
    expect: { category: 'rate_limit', retryInSeconds: 65 },
  },
  {
    name: 'Discord 429 shared scope: float reset-after, epoch float reset, body retry_after',
    status: 429,
    headers: {
      'retry-after': '2', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': `${epoch(1)}.337`,
      'x-ratelimit-reset-after': '1.337', 'x-ratelimit-bucket': 'abcd1234', 'x-ratelimit-scope': 'shared',
    },
    body: { message: 'You are being rate limited.', retry_after: 1.337, global: false },
    expect: { category: 'rate_limit', retryInSeconds: 2 },
  },
  {
    name: 'Discord 404 Unknown Channel with bucket headers and budget left',
    status: 404,
    headers: { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': `${epoch(1)}.5`, 'x-ratelimit-reset-after': '1.0', 'x-ratelimit-bucket': 'abcd1234' },
    body: { message: 'Unknown Channel', code: 10003 },
    expect: { category: 'not_found', retryInSeconds: null },
  },

  // Reddit: X-Ratelimit-Used / -Remaining (float) / -Reset (seconds to the end of the period).
  {
    name: 'Reddit 429 with X-Ratelimit-Remaining 0.0 and X-Ratelimit-Reset seconds from now',
    status: 429,
    headers: { 'x-ratelimit-used': '100', 'x-ratelimit-remaining': '0.0', 'x-ratelimit-reset': '412' },
    body: { message: 'Too Many Requests', error: 429 },
    expect: { category: 'rate_limit', retryInSeconds: 412 },
  },
  {
    name: 'Reddit 404 with a float remaining budget gets no retryAt',
    status: 404,
    headers: { 'x-ratelimit-used': '4', 'x-ratelimit-remaining': '596.0', 'x-ratelimit-reset': '412' },
    body: { message: 'Not Found', error: 404 },
    expect: { category: 'not_found', retryInSeconds: null },
  },

  // Okta: X-Rate-Limit-Reset is UTC epoch seconds; the body's errorId is the request's id.
  {
    name: 'Okta 429 E0000047 with X-Rate-Limit-Reset and a server Date 4 minutes behind',
    status: 429,
    headers: { date: httpDate(-240), 'x-rate-limit-limit': '600', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(-240 + 45), 'x-okta-request-id': 'oaeJ8f3-okta-req' },
    body: { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.', errorLink: 'E0000047', errorId: 'oaeJ8f3-okta-req', errorCauses: [] },
    expect: { category: 'rate_limit', retryInSeconds: 45, requestId: 'oaeJ8f3-okta-req' },
  },
  {
    name: 'Okta 404 E0000007 with org rate-limit headers and budget left',
    status: 404,
    headers: { 'x-rate-limit-limit': '1200', 'x-rate-limit-remaining': '1199', 'x-rate-limit-reset': epoch(60) },
    body: { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: 00ub0oNGTSWTBKOLGLNR (User)', errorLink: 'E0000007', errorId: 'oaeNotFound1', errorCauses: [] },
    expect: { category: 'not_found', retryInSeconds: null, requestId: 'oaeNotFound1' },
  },

  // Zendesk: Retry-After on 429; ticketing list endpoints add ratelimit-* and zendesk-ratelimit-*.
  {
    name: 'Zendesk 429 list endpoint with ratelimit-reset and zendesk-ratelimit-tickets-index',
    status: 429,
    headers: {
      'retry-after': '41', 'x-rate-limit': '700', 'x-rate-limit-remaining': '0', 'ratelimit-limit': '700', 'ratelimit-remaining': '0', 'ratelimit-reset': '41',
      'zendesk-ratelimit-tickets-index': 'total=100; remaining=0; resets=41',
    },
    body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
    expect: { category: 'rate_limit', retryInSeconds: 41 },
  },
  {
    name: 'Zendesk 429 plain text with a doubled x-request-id',
    status: 429,
    headers: { ...TEXT, 'retry-after': '1', 'x-rate-limit': '700', 'x-rate-limit-remaining': '0', 'x-request-id': '70b48ed9ef145866-IAD, 70b48ed9ef145866-IAD' },
    body: 'Number of allowed API requests per minute exceeded',
    expect: { category: 'rate_limit', retryInSeconds: 1, requestId: '70b48ed9ef145866-IAD' },
  },

  // Jira Cloud: "X-RateLimit-Reset ... timestamp (in ISO 8601 format) ... yyyy-MM-ddTHH:mmZ".
  {
    name: 'Jira 429 with only X-RateLimit-Reset in yyyy-MM-ddTHH:mmZ form',
    status: 429,
    headers: { 'x-ratelimit-reset': '2025-03-01T12:02Z', 'ratelimit-reason': 'jira-burst-based', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' },
    body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    expect: { category: 'rate_limit', retryInSeconds: 120 },
  },
  {
    name: 'Jira 429 ISO X-RateLimit-Reset read on a server clock one minute ahead',
    status: 429,
    headers: { date: httpDate(60), 'x-ratelimit-reset': '2025-03-01T12:04Z', 'ratelimit-reason': 'jira-quota-tenant-based', 'x-ratelimit-remaining': '0' },
    body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    expect: { category: 'rate_limit', retryInSeconds: 180 },
  },
  {
    name: 'Jira 503 resource limit with Retry-After',
    status: 503,
    headers: { 'retry-after': '30' },
    body: { errorMessages: ['Service unavailable: a resource limit has been reached.'], errors: {} },
    expect: { category: 'server', retryInSeconds: 30 },
  },

  // HubSpot: X-HubSpot-RateLimit-* headers; no reset header, the daily limit resets at midnight.
  {
    name: 'HubSpot 429 ten-secondly limit with X-HubSpot-RateLimit headers and no reset',
    status: 429,
    headers: { 'x-hubspot-ratelimit-interval-milliseconds': '10000', 'x-hubspot-ratelimit-max': '100', 'x-hubspot-ratelimit-remaining': '0', 'x-hubspot-ratelimit-secondly': '10', 'x-hubspot-ratelimit-secondly-remaining': '0' },
    body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: 'b5c3e2a1-1f3d-4a8c-9e1b-2a7d6c5f4e3b', policyName: 'TEN_SECONDLY_ROLLING' },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'b5c3e2a1-1f3d-4a8c-9e1b-2a7d6c5f4e3b' },
  },
  {
    name: 'HubSpot 429 daily limit with X-HubSpot-RateLimit-Daily-Remaining 0',
    status: 429,
    headers: { 'x-hubspot-ratelimit-daily': '500000', 'x-hubspot-ratelimit-daily-remaining': '0' },
    body: { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', correlationId: 'c6d4f3b2-2a4e-4b9d-8f2c-3b8e7d6a5f4c', policyName: 'DAILY' },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'c6d4f3b2-2a4e-4b9d-8f2c-3b8e7d6a5f4c' },
  },

  // Salesforce: Sforce-Limit-Info api-usage=used/limit; the daily cap answers 403 REQUEST_LIMIT_EXCEEDED.
  {
    name: 'Salesforce 403 REQUEST_LIMIT_EXCEEDED with Sforce-Limit-Info at its cap',
    status: 403,
    headers: { 'sforce-limit-info': 'api-usage=100000/100000' },
    body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
    expect: { category: 'rate_limit', retryInSeconds: null },
  },
  {
    name: 'Salesforce 403 REQUEST_LIMIT_EXCEEDED concurrent long-running requests',
    status: 403,
    headers: { 'sforce-limit-info': 'api-usage=10018/100000' },
    body: [{ message: 'ConcurrentPerOrgLongTxn Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
    expect: { category: 'rate_limit', retryInSeconds: null },
  },

  // Slack: Retry-After seconds on 429. A relative wait is not corrected by the Date header.
  {
    name: 'Slack 429 Retry-After seconds with a server Date 10 minutes ahead (relative, no correction)',
    status: 429,
    headers: { date: httpDate(600), 'retry-after': '30' },
    body: { ok: false, error: 'ratelimited' },
    expect: { category: 'rate_limit', retryInSeconds: 30 },
  },

  // Linear: X-RateLimit-Requests-* and X-RateLimit-Complexity-*, resets in UTC epoch milliseconds.
  {
    name: 'Linear RATELIMITED with X-RateLimit-Requests-Remaining 0 and -Reset epoch ms',
    status: 400,
    headers: { 'x-ratelimit-requests-limit': '5000', 'x-ratelimit-requests-remaining': '0', 'x-ratelimit-requests-reset': epochMs(720), 'x-ratelimit-complexity-remaining': '2980000', 'x-ratelimit-complexity-reset': epochMs(30) },
    body: { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED', type: 'ratelimited', userPresentableMessage: 'Too many requests, please try again later.' } }] },
    expect: { category: 'rate_limit', retryInSeconds: 720 },
  },
  {
    name: 'Linear RATELIMITED on complexity: X-RateLimit-Complexity-Remaining 0 with its reset',
    status: 400,
    headers: { 'x-ratelimit-requests-limit': '5000', 'x-ratelimit-requests-remaining': '4800', 'x-ratelimit-requests-reset': epochMs(3000), 'x-complexity': '9000', 'x-ratelimit-complexity-limit': '3000000', 'x-ratelimit-complexity-remaining': '0', 'x-ratelimit-complexity-reset': epochMs(90) },
    body: { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED', type: 'ratelimited', userPresentableMessage: 'Too many requests, please try again later.' } }] },
    expect: { category: 'rate_limit', retryInSeconds: 90 },
  },

  // Notion: Retry-After is an integer number of seconds on 429 and 529; the body carries request_id.
  {
    name: 'Notion 429 rate_limited with Retry-After and body request_id',
    status: 429,
    headers: { 'retry-after': '48' },
    body: { object: 'error', status: 429, code: 'rate_limited', message: 'You have been rate limited. Please try again in a few minutes.', request_id: 'b1f0c1a2-notion-429', additional_data: { rate_limit_reason: 'connection' } },
    expect: { category: 'rate_limit', retryInSeconds: 48, requestId: 'b1f0c1a2-notion-429' },
  },
  {
    name: 'Notion 529 service_overload with Retry-After',
    status: 529,
    headers: { 'retry-after': '5' },
    body: { object: 'error', status: 529, code: 'service_overload', message: 'Notion is experiencing high load. Please retry.', request_id: 'c2e1d2b3-notion-529' },
    expect: { category: 'server', retryInSeconds: 5, requestId: 'c2e1d2b3-notion-529' },
  },
];
