// Retry timing that depends on the clock: HTTP-dates in every form RFC 9110 allows, maintenance
// windows, and a server Date that disagrees with the client's clock. Not repeating ../blind/timing.ts.
import { epoch, httpDate, HTML, type HttpRow } from '../row.js';

const maintenancePage = '<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body><h1>We&rsquo;ll be back soon</h1><p>Scheduled maintenance is in progress.</p></body></html>';

export const CLOCKS: readonly HttpRow[] = [
  {
    name: '503 maintenance page with Retry-After as an IMF-fixdate and no Date header',
    status: 503,
    headers: { ...HTML, 'retry-after': httpDate(3600) },
    body: maintenancePage,
    expect: { category: 'server', retryInSeconds: 3600 },
  },
  {
    name: '503 maintenance with Retry-After in the obsolete RFC 850 date form',
    status: 503,
    headers: { ...HTML, 'retry-after': 'Saturday, 01-Mar-25 13:00:00 GMT' },
    body: maintenancePage,
    expect: { category: 'server', retryInSeconds: 3600 },
  },
  {
    name: '503 maintenance with Retry-After in the obsolete asctime form',
    status: 503,
    headers: { ...HTML, 'retry-after': 'Sat Mar  1 12:30:00 2025' },
    body: maintenancePage,
    expect: { category: 'server', retryInSeconds: 1800 },
  },
  {
    name: '503 maintenance whose Retry-After date has already passed: retry now',
    status: 503,
    headers: { ...HTML, 'retry-after': httpDate(-120) },
    body: maintenancePage,
    expect: { category: 'server', retryInSeconds: 0 },
  },
  {
    name: '503 JSON maintenance with Retry-After date and the same Date (no skew)',
    status: 503,
    headers: { date: httpDate(0), 'retry-after': httpDate(900) },
    body: { error: { code: 'MAINTENANCE', message: 'Scheduled maintenance until 12:15 UTC.' } },
    expect: { category: 'server', retryInSeconds: 900 },
  },
  {
    name: '429 Retry-After HTTP-date on a server clock 7 minutes behind',
    status: 429,
    headers: { date: httpDate(-420), 'retry-after': httpDate(-420 + 40) },
    body: { error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down.' } },
    expect: { category: 'rate_limit', retryInSeconds: 40 },
  },
  {
    name: 'Epoch X-RateLimit-Reset on a server clock 2 minutes ahead (GitHub-style 403)',
    status: 403,
    headers: { date: httpDate(120), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(120 + 300) },
    body: { message: 'API rate limit exceeded for installation ID 123.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    expect: { category: 'rate_limit', retryInSeconds: 300 },
  },
  {
    name: 'Unparseable Date header is ignored: epoch reset read on the client clock',
    status: 429,
    headers: { date: 'not a date', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(50) },
    body: { error: { code: 'RATE_LIMITED', message: 'Too many requests' } },
    expect: { category: 'rate_limit', retryInSeconds: 50 },
  },
  {
    name: 'Relative X-RateLimit-Reset seconds is not moved by a skewed Date',
    status: 429,
    headers: { date: httpDate(-300), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '20' },
    body: { error: { code: 'RATE_LIMITED', message: 'Too many requests' } },
    expect: { category: 'rate_limit', retryInSeconds: 20 },
  },
  {
    name: 'Retry-After of a week and a day is cut to the seven-day bound',
    status: 503,
    headers: { 'retry-after': String(8 * 24 * 3600) },
    body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Migration in progress.' } },
    expect: { category: 'server', retryInSeconds: 7 * 24 * 3600 },
  },
  {
    name: 'Retry-After 0 on a 429: retry now, still a rate limit',
    status: 429,
    headers: { 'retry-after': '0' },
    body: { error: { code: 'TOO_MANY_REQUESTS', message: 'Please retry.' } },
    expect: { category: 'rate_limit', retryInSeconds: 0 },
  },
  {
    name: 'Retry-After on a 404 is not a wait',
    status: 404,
    headers: { 'retry-after': '120' },
    body: { error: { code: 'NOT_FOUND', message: 'No such order.' } },
    expect: { category: 'not_found', retryInSeconds: null },
  },
  {
    name: 'Retry-After on a 403 marks throttling (rate-limit evidence)',
    status: 403,
    headers: { 'retry-after': '90' },
    body: { error: { code: 'REQUEST_BLOCKED', message: 'Request blocked.' } },
    expect: { category: 'rate_limit', retryInSeconds: 90 },
  },
];
