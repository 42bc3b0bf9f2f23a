// Messaging and realtime (Vonage, MessageBird, Ably, Telnyx) and observability / analytics
// (Sentry, Datadog, PagerDuty, Mixpanel, Amplitude).
import type { HttpRow } from '../row.js';

const vonage = (type: string, title: string, detail: string, extra: Record<string, unknown> = {}) => ({
  type: `https://developer.vonage.com/api-errors${type}`, title, detail, instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf', ...extra,
});
const bird = (code: number, description: string, parameter: string | null = null) => ({ errors: [{ code, description, parameter }] });
const ably = (code: number, statusCode: number, message: string) => ({
  error: { message: `${message} (See https://help.ably.io/error/${code} for help.)`, code, statusCode, href: `https://help.ably.io/error/${code}` },
});
const telnyx = (code: string, title: string, detail: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ code, title, detail, ...extra, meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` } }],
});
const pd = (message: string, code?: number, errors?: string[]) => ({ error: { message, ...(code !== undefined && { code }), ...(errors && { errors }) } });

export const MESSAGING_OPS: readonly HttpRow[] = [
  { name: 'Vonage 401 problem unauthorized', status: 401, body: vonage('#unauthorized', 'Unauthorized', 'You did not provide correct credentials.'), expect: { category: 'authentication' } },
  { name: 'Vonage 429 problem throttled', status: 429, body: vonage('#throttled', 'Rate Limit Hit', 'Please wait, then retry your request'), expect: { category: 'rate_limit' } },
  {
    name: 'Vonage 422 Messages invalid_parameters',
    status: 422,
    body: vonage('/messages#1150', 'Invalid params', 'The value of one or more parameters is invalid.', { invalid_parameters: [{ name: 'to', reason: 'Must be a valid E.164 number' }] }),
    expect: { category: 'request', fieldKeys: ['to'] },
  },
  {
    name: 'Vonage Verify 409 concurrent verification',
    status: 409,
    body: vonage('/verify#conflict', 'Conflict', 'Concurrent verifications to the same number are not allowed.'),
    expect: { category: 'conflict' },
  },

  { name: 'MessageBird 401 incorrect access_key', status: 401, body: bird(2, 'Request not allowed (incorrect access_key)'), expect: { category: 'authentication' } },
  {
    name: 'MessageBird 422 no correct recipients (parameter)',
    status: 422,
    body: bird(9, 'no (correct) recipients found', 'recipients'),
    expect: { category: 'request', fieldKeys: ['recipients'] },
  },
  { name: 'MessageBird 404 message not found', status: 404, body: bird(20, 'message not found'), expect: { category: 'not_found' } },
  { name: 'MessageBird 500 internal error', status: 500, body: bird(99, 'internal error'), expect: { category: 'server' } },

  {
    name: 'Ably 401 40142 token expired',
    status: 401,
    headers: { 'x-ably-errorcode': '40142', 'x-ably-errormessage': 'Token expired.' },
    body: ably(40142, 401, 'Token expired.'),
    expect: { category: 'authentication', sourceCode: '40142' },
  },
  { name: 'Ably 401 40101 invalid credentials', status: 401, body: ably(40101, 401, 'Invalid credentials.'), expect: { category: 'authentication', sourceCode: '40101' } },
  {
    name: 'Ably 429 42910 rate limit exceeded',
    status: 429,
    body: ably(42910, 429, 'Rate limit exceeded; request rejected (nonfatal); metric = channel.maxRate; permitted rate = 50; current rate = 51'),
    expect: { category: 'rate_limit', sourceCode: '42910' },
  },
  { name: 'Ably 404 40400 not found', status: 404, body: ably(40400, 404, 'Not found.'), expect: { category: 'not_found', sourceCode: '40400' } },
  { name: 'Ably 500 50000 internal error', status: 500, body: ably(50000, 500, 'Internal error.'), expect: { category: 'server', sourceCode: '50000' } },

  {
    name: 'Telnyx 401 10009 authentication failed',
    status: 401,
    body: telnyx('10009', 'Authentication failed', 'The API key looks malformed. Check that you copied it correctly.'),
    expect: { category: 'authentication', sourceCode: '10009' },
  },
  {
    name: 'Telnyx 422 invalid phone number with source pointer',
    status: 422,
    body: telnyx('10002', 'Invalid phone number', "The 'to' parameter must be a valid phone number in +E.164 format.", { source: { pointer: '/to' } }),
    expect: { category: 'request', sourceCode: '10002', fieldKeys: ['to'] },
  },
  { name: 'Telnyx 404 10005 resource not found', status: 404, body: telnyx('10005', 'Resource not found', 'The requested resource or URL could not be found.'), expect: { category: 'not_found', sourceCode: '10005' } },
  { name: 'Telnyx 403 10010 authorization failed', status: 403, body: telnyx('10010', 'Authorization failed', 'You do not have permission to perform the requested action.'), expect: { category: 'authorization', sourceCode: '10010' } },
  { name: 'Telnyx 429 10011 too many requests', status: 429, body: telnyx('10011', 'Too many requests', 'You have exceeded the maximum number of allowed requests.'), expect: { category: 'rate_limit', sourceCode: '10011' } },

  { name: 'Sentry API 401 credentials not provided', status: 401, body: { detail: 'Authentication credentials were not provided.' }, expect: { category: 'authentication' } },
  { name: 'Sentry API 403 no permission', status: 403, body: { detail: 'You do not have permission to perform this action.' }, expect: { category: 'authorization' } },
  { name: 'Sentry API 404 does not exist', status: 404, body: { detail: 'The requested resource does not exist' }, expect: { category: 'not_found' } },
  {
    name: 'Sentry API 429 endpoint used too frequently',
    status: 429,
    headers: { 'x-sentry-rate-limit-limit': '40', 'x-sentry-rate-limit-remaining': '0', 'x-sentry-rate-limit-concurrentlimit': '25' },
    body: { detail: 'You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds' },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Sentry ingest 429 with Retry-After and X-Sentry-Rate-Limits',
    status: 429,
    headers: { 'retry-after': '60', 'x-sentry-rate-limits': '60:error;transaction:organization:quota_exceeded' },
    body: '',
    expect: { category: 'rate_limit', retryInSeconds: 60 },
  },

  { name: 'Datadog 404 Not found', status: 404, body: { errors: ['Not found'] }, expect: { category: 'not_found' } },
  { name: 'Datadog 400 invalid query', status: 400, body: { errors: ["Error parsing query: unable to parse avg(system.cpu.user{*}: Rule 'scope_expr' didn't match"] }, expect: { category: 'request' } },
  {
    name: 'Datadog 429 with X-RateLimit-Reset seconds',
    status: 429,
    headers: { 'x-ratelimit-limit': '300', 'x-ratelimit-period': '3600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1200', 'x-ratelimit-name': 'logs_query' },
    body: { errors: ['Rate limit of 300 requests in 3600 seconds reached. Please try again later.'] },
    expect: { category: 'rate_limit', retryInSeconds: 1200 },
  },

  {
    name: 'PagerDuty 400 2001 invalid input provided',
    status: 400,
    body: pd('Invalid Input Provided', 2001, ['Status must be a list of triggered, acknowledged, or resolved.']),
    expect: { category: 'request', sourceCode: '2001', fieldKeys: 'skip' },
  },
  { name: 'PagerDuty 401 2006 authentication failed', status: 401, body: pd('Authentication failed', 2006), expect: { category: 'authentication', sourceCode: '2006' } },
  { name: 'PagerDuty 403 2010 access denied', status: 403, body: pd('Access Denied', 2010, ['Access Denied']), expect: { category: 'authorization', sourceCode: '2010', fieldKeys: 'skip' } },
  { name: 'PagerDuty 404 2100 not found', status: 404, body: pd('Not Found', 2100), expect: { category: 'not_found', sourceCode: '2100' } },
  {
    name: 'PagerDuty 429 with RateLimit-Reset',
    status: 429,
    headers: { 'ratelimit-limit': '960', 'ratelimit-remaining': '0', 'ratelimit-reset': '30' },
    body: pd('Rate Limit Exceeded'),
    expect: { category: 'rate_limit', retryInSeconds: 30 },
  },

  {
    name: 'Mixpanel import 400 failed_records',
    status: 400,
    body: {
      code: 400,
      error: 'some data points in the request failed validation',
      failed_records: [{ index: 0, $insert_id: '13c0b661-f48b-51cd-ba54-97c5999169c0', field: 'properties.time', message: "'properties.time' is invalid: must be specified as seconds since epoch" }],
      num_records_imported: 999,
      status: 'Bad Request',
    },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  {
    name: 'Mixpanel import 429 project exceeded rate limits',
    status: 429,
    body: { code: 429, error: 'Project exceeded rate limits. Please retry the request with exponential backoff.', status: 'Too Many Requests' },
    expect: { category: 'rate_limit' },
  },

  {
    name: 'Amplitude 400 invalid field values',
    status: 400,
    body: { code: 400, error: 'Invalid field values on some events', events_with_invalid_fields: { time: [3, 4, 7] }, events_with_missing_fields: { event_type: [3, 4, 7] } },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  { name: 'Amplitude 413 payload too large', status: 413, body: { code: 413, error: 'Payload too large' }, expect: { category: 'request' } },
  {
    name: 'Amplitude 429 throttled devices',
    status: 429,
    body: { code: 429, error: 'Too many requests for some devices and users', eps_threshold: 30, throttled_devices: { 'C8F9E604-F01A-4BD9-95C6-8E5357DF265D': 31 }, throttled_users: { 'user-1': 32 }, throttled_events: [3, 4, 7] },
    expect: { category: 'rate_limit' },
  },
];
