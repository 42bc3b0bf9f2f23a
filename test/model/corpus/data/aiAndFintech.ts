// AI and fintech APIs: OpenAI, Anthropic, Plaid, Coinbase, Mapbox, X (Twitter) v2.
import type { HttpRow } from '../row.js';

export const AI_FINTECH: readonly HttpRow[] = [
  {
    name: 'OpenAI 429 insufficient_quota',
    status: 429,
    headers: { 'x-request-id': 'req_oa_quota' },
    body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
    expect: { category: 'rate_limit', sourceCode: 'insufficient_quota', requestId: 'req_oa_quota' },
  },
  {
    name: 'OpenAI 429 rate_limit_exceeded with x-ratelimit-reset-requests duration',
    status: 429,
    headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '6m0s', 'x-request-id': 'req_oa_rl' },
    body: { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    expect: { category: 'rate_limit', sourceCode: 'rate_limit_exceeded', requestId: 'req_oa_rl', retryInSeconds: 360 },
  },
  {
    name: 'OpenAI 401 invalid_api_key',
    status: 401,
    body: { error: { message: 'Incorrect API key provided: sk-****abcd.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } },
    expect: { category: 'authentication', sourceCode: 'invalid_api_key' },
  },
  {
    name: 'Anthropic 529 overloaded_error',
    status: 529,
    headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy' },
    body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    expect: { category: 'server', sourceCode: 'overloaded_error', requestId: 'req_011CSHoEeqs5C35K2UUqR7Fy' },
  },
  {
    name: 'Anthropic 429 rate_limit_error with retry-after',
    status: 429,
    headers: { 'retry-after': '17', 'request-id': 'req_anth_429' },
    body: { type: 'error', error: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' } },
    expect: { category: 'rate_limit', sourceCode: 'rate_limit_error', requestId: 'req_anth_429', retryInSeconds: 17 },
  },
  {
    name: 'Plaid 400 INVALID_API_KEYS',
    status: 400,
    body: { display_message: null, error_code: 'INVALID_API_KEYS', error_message: 'invalid client_id or secret provided', error_type: 'INVALID_INPUT', request_id: 'JQ7iw3A8x2Y9Bu3' },
    expect: { category: 'authentication', sourceCode: 'INVALID_API_KEYS', requestId: 'JQ7iw3A8x2Y9Bu3' },
  },
  {
    name: 'Plaid 400 ITEM_LOGIN_REQUIRED',
    status: 400,
    body: { display_message: null, error_code: 'ITEM_LOGIN_REQUIRED', error_message: 'the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information.', error_type: 'ITEM_ERROR', request_id: 'HNTDNrA8F1shFEW' },
    expect: { category: 'authentication', sourceCode: 'ITEM_LOGIN_REQUIRED', requestId: 'HNTDNrA8F1shFEW' },
  },
  {
    name: 'Plaid 429 RATE_LIMIT_EXCEEDED type',
    status: 429,
    body: { display_message: null, error_code: 'ACCOUNTS_LIMIT', error_message: 'rate limit exceeded for attempts to access this item. please try again later', error_type: 'RATE_LIMIT_EXCEEDED', request_id: 'rl-plaid-1' },
    expect: { category: 'rate_limit', sourceCode: 'ACCOUNTS_LIMIT', requestId: 'rl-plaid-1' },
  },
  {
    name: 'Coinbase 404 errors[].id',
    status: 404,
    body: { errors: [{ id: 'not_found', message: 'Not found' }] },
    expect: { category: 'not_found' },
  },
  { name: 'Mapbox 401 invalid token', status: 401, body: { message: 'Not Authorized - Invalid Token' }, expect: { category: 'authentication' } },
  {
    name: 'X API v2 429 problem with x-rate-limit-reset',
    status: 429,
    headers: { 'x-rate-limit-limit': '50', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1740831300' },
    body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    expect: { category: 'rate_limit', retryInSeconds: 900 },
  },
];
