// Retry timing from every source the contract lists, including the ways servers get it wrong.
import { httpDate, NOW_MS, NOW_S, type HttpRow } from '../row.js';

const tooMany = { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' } };

export const TIMING: readonly HttpRow[] = [
  {
    name: 'Retry-After HTTP-date with a server Date two minutes ahead of the clock',
    status: 429,
    headers: { date: httpDate(120), 'retry-after': httpDate(150) },
    body: tooMany,
    // The server means "30 s after my now"; the client clock is 120 s behind it.
    expect: { category: 'rate_limit', sourceCode: 'RATE_LIMIT_EXCEEDED', retryInSeconds: 30 },
  },
  {
    name: 'Retry-After HTTP-date with a server Date five minutes behind the clock',
    status: 503,
    headers: { date: httpDate(-300), 'retry-after': httpDate(-300 + 90) },
    body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Down for maintenance' } },
    expect: { category: 'server', sourceCode: 'SERVICE_UNAVAILABLE', retryInSeconds: 90 },
  },
  {
    name: 'Retry-After sent as a Unix timestamp by mistake',
    status: 429,
    headers: { 'retry-after': String(NOW_S + 45) },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 45 },
  },
  {
    name: 'IETF RateLimit structured field',
    status: 429,
    headers: { ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"default";q=100;w=60' },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 30 },
  },
  {
    name: 'Older RateLimit-Reset delta seconds',
    status: 429,
    headers: { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '20' },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 20 },
  },
  {
    name: 'Combined RateLimit limit=, remaining=, reset= form',
    status: 429,
    headers: { ratelimit: 'limit=100, remaining=0, reset=25' },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 25 },
  },
  {
    name: 'X-RateLimit-Reset in epoch milliseconds',
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_MS + 40_000) },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 40 },
  },
  {
    name: 'X-RateLimit-Reset in seconds from now',
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '25' },
    body: tooMany,
    expect: { category: 'rate_limit', retryInSeconds: 25 },
  },
  {
    name: 'X-RateLimit-Reset epoch seconds with a fraction (Discord)',
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': `${NOW_S + 30}.512` },
    body: { message: 'You are being rate limited.', global: false },
    expect: { category: 'rate_limit', retryInSeconds: 30 },
  },
  {
    name: 'X-Rate-Limit-Reset (Twitter) epoch',
    status: 429,
    headers: { 'x-rate-limit-limit': '15', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(NOW_S + 60) },
    body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
    expect: { category: 'rate_limit', sourceCode: '88', retryInSeconds: 60 },
  },
  {
    name: 'X-RateLimit-Retry-After (Symfony) epoch',
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': String(NOW_S + 90), 'x-ratelimit-limit': '10' },
    body: { type: 'https://tools.ietf.org/html/rfc6585#section-4', title: 'Too Many Requests', status: 429, detail: 'Too Many Requests' },
    expect: { category: 'rate_limit', retryInSeconds: 90 },
  },
  {
    name: 'Body retryAfter in seconds (camelCase)',
    status: 429,
    body: { error: 'rate_limited', message: 'Slow down', retryAfter: 12 },
    expect: { category: 'rate_limit', sourceCode: 'rate_limited', retryInSeconds: 12 },
  },
  {
    name: '503 maintenance with Retry-After seconds',
    status: 503,
    headers: { 'retry-after': '300', 'content-type': 'text/html' },
    body: '<html><body><h1>Down for maintenance</h1><p>Back soon.</p></body></html>',
    expect: { category: 'server', retryInSeconds: 300 },
  },
  {
    name: 'Retry-After on a 400 means throttling',
    status: 400,
    headers: { 'retry-after': '20' },
    body: { error: { code: 'REQUEST_REJECTED', message: 'Request rejected' } },
    expect: { category: 'rate_limit', sourceCode: 'REQUEST_REJECTED', retryInSeconds: 20 },
  },
  {
    name: 'Zero remaining on a 403 with a reset in seconds',
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 75) },
    body: { message: 'Forbidden' },
    expect: { category: 'rate_limit', retryInSeconds: 75 },
  },
];
