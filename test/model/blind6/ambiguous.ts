// Rows where the contract can be read two ways. They run and print what the kit does, but are
// not counted: each carries the reading the reviewer leans to and why it is uncertain.
import type { HttpRow3 } from './rows.js';

export interface AmbiguousRow6 extends HttpRow3 {
  readonly why: string;
}

export const AMBIGUOUS6: readonly AmbiguousRow6[] = [
  {
    name: 'Google Maps 200 UNKNOWN_ERROR server error, try again',
    status: 200,
    body: { results: [], status: 'UNKNOWN_ERROR' },
    expect: { category: 'server', status: 'skip' },
    why: "Google documents it as a server error worth retrying, but the code is the kit's own catalog code for 'no evidence' (unknown).",
  },
  {
    name: 'Xendit 400 API_VALIDATION_ERROR with Joi errors',
    status: 400,
    body: { error_code: 'API_VALIDATION_ERROR', message: '"external_id" is required', errors: [{ message: '"external_id" is required', path: ['external_id'], type: 'any.required', context: { label: 'external_id', key: 'external_id' } }] },
    expect: { category: 'request', sourceCode: 'API_VALIDATION_ERROR', fieldKeys: 'skip' },
    why: "Category agrees; which code is 'the code as received' is open: the body's error_code or the first Joi entry's type ('any.required'), which the GraphQL-shaped reader picks.",
  },
  {
    name: 'api.data.gov 403 API_KEY_DISABLED',
    status: 403,
    body: { error: { code: 'API_KEY_DISABLED', message: 'The api_key supplied has been disabled. Please contact us at https://api.data.gov/contact/ for assistance' } },
    expect: { category: 'authentication' },
    why: 'A disabled key is a revoked credential (authentication) or a suspended account (authorization); 403 either way.',
  },
  {
    name: 'api.data.gov 403 API_KEY_UNAUTHORIZED',
    status: 403,
    body: { error: { code: 'API_KEY_UNAUTHORIZED', message: 'The api_key supplied is not authorized to access the given service.' } },
    expect: { category: 'authorization' },
    why: 'A valid key not allowed this service (authorization, 403), but the code says "unauthorized", which elsewhere means authentication.',
  },
  {
    name: 'Google Maps 200 REQUEST_DENIED invalid API key',
    status: 200,
    body: { error_message: 'The provided API key is invalid.', results: [], status: 'REQUEST_DENIED' },
    expect: { category: 'authentication', status: 'skip' },
    why: 'The message names an invalid key (authentication); the code REQUEST_DENIED covers keys, billing and disabled APIs alike (authorization).',
  },
  {
    name: 'Google Maps 200 OVER_DAILY_LIMIT',
    status: 200,
    body: { error_message: 'You have exceeded your daily request quota for this API.', results: [], status: 'OVER_DAILY_LIMIT' },
    expect: { category: 'rate_limit', status: 'skip' },
    why: 'Google documents OVER_DAILY_LIMIT for a missing key, disabled billing or a self-imposed cap: a quota by name, a setup problem by cause.',
  },
  {
    name: 'Bing v7 403 out of call volume quota',
    status: 403,
    body: { error: { code: '403', message: 'Out of call volume quota for BingSearch F0 pricing tier. Please retry after 5 days. To increase your call volume switch to a paid tier.' } },
    expect: { category: 'rate_limit' },
    why: 'A quota (rate_limit) that only the message names; the status and the code say 403.',
  },
  {
    name: 'Groq 413 request too large with code rate_limit_exceeded',
    status: 413,
    body: { error: { message: 'Request too large for model `llama-3.1-8b-instant` in organization `org_01` on tokens per minute (TPM): Limit 6000, Requested 9000, please reduce your message size and try again.', type: 'tokens', code: 'rate_limit_exceeded' } },
    expect: { category: 'request' },
    why: 'Too large for the per-minute budget: the request must shrink (413, request), yet the code says rate limit.',
  },
  {
    name: 'Tyk 403 quota exceeded',
    status: 403,
    body: { error: 'Quota exceeded' },
    expect: { category: 'rate_limit' },
    why: 'A quota (rate_limit) sent as a bare 403 with only a message.',
  },
  {
    name: 'Tyk 403 key not authorised',
    status: 403,
    body: { error: 'Key not authorised' },
    expect: { category: 'authentication' },
    why: 'Tyk sends it for an unknown key (authentication) as a 403 (authorization).',
  },
  {
    name: 'Apigee 401 no API product match',
    status: 401,
    body: { fault: { faultstring: 'Invalid API call as no apiproduct match found', detail: { errorcode: 'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound' } } },
    expect: { category: 'authorization' },
    why: 'A valid key whose product does not cover the path (authorization) answered as 401.',
  },
  {
    name: 'WordPress.com 403 unauthorized user cannot view post',
    status: 403,
    body: { error: 'unauthorized', message: 'User cannot view post' },
    expect: { category: 'authorization' },
    why: 'A signed-in user without the right (authorization, 403) under a code that reads "unauthorized".',
  },
  {
    name: 'FusionAuth 404 login user not found or wrong password',
    status: 404,
    body: '',
    expect: { category: 'authentication' },
    why: 'FusionAuth /api/login answers bad credentials with 404 and no body; only the endpoint tells it apart from a missing resource.',
  },
  {
    name: 'Ory Kratos 410 self_service_flow_expired',
    status: 410,
    body: { error: { id: 'self_service_flow_expired', code: 410, status: 'Gone', reason: 'The self-service flow has expired', message: 'self-service flow expired' } },
    expect: { category: 'request' },
    why: 'An expired login/registration flow is neither a missing resource (410) nor an expired credential (word "expired"): the client must start a new flow.',
  },
  {
    name: 'Storyblok 422 slug has already been taken',
    status: 422,
    body: { slug: ['has already been taken'] },
    expect: { category: 'conflict', fieldKeys: ['slug'] },
    why: 'A duplicate (conflict) answered as a 422 field error (request).',
  },
  {
    name: 'Hugging Face 503 estimated_time as a retry hint',
    status: 503,
    body: { error: 'Model gpt2 is currently loading', estimated_time: 20 },
    expect: { category: 'server', retryInSeconds: 20 },
    why: 'estimated_time is the seconds until the model is loaded, a retry hint in effect, but not a retry field by name.',
  },
];
