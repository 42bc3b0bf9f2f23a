// Open readings of maps, gateway, AI and identity bodies (Google Maps, Xendit, api.data.gov, Tyk, Apigee, Ory...): the reasons are in ../unsettled.ts.
import type { HttpRow } from '../row.js';

export const OPEN_GATEWAY_AND_REGIONAL_BODIES: readonly HttpRow[] = [
  {
    name: 'Google Maps 200 UNKNOWN_ERROR server error, try again',
    status: 200,
    body: { results: [], status: 'UNKNOWN_ERROR' },
    expect: { category: 'server', status: 'skip' },
  },
  {
    name: 'Xendit 400 API_VALIDATION_ERROR with Joi errors',
    status: 400,
    body: { error_code: 'API_VALIDATION_ERROR', message: '"external_id" is required', errors: [{ message: '"external_id" is required', path: ['external_id'], type: 'any.required', context: { label: 'external_id', key: 'external_id' } }] },
    expect: { category: 'request', sourceCode: 'API_VALIDATION_ERROR', fieldKeys: 'skip' },
  },
  {
    name: 'api.data.gov 403 API_KEY_DISABLED',
    status: 403,
    body: { error: { code: 'API_KEY_DISABLED', message: 'The api_key supplied has been disabled. Please contact us at https://api.data.gov/contact/ for assistance' } },
    expect: { category: 'authentication' },
  },
  {
    name: 'api.data.gov 403 API_KEY_UNAUTHORIZED',
    status: 403,
    body: { error: { code: 'API_KEY_UNAUTHORIZED', message: 'The api_key supplied is not authorized to access the given service.' } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Google Maps 200 REQUEST_DENIED invalid API key',
    status: 200,
    body: { error_message: 'The provided API key is invalid.', results: [], status: 'REQUEST_DENIED' },
    expect: { category: 'authentication', status: 'skip' },
  },
  {
    name: 'Google Maps 200 OVER_DAILY_LIMIT',
    status: 200,
    body: { error_message: 'You have exceeded your daily request quota for this API.', results: [], status: 'OVER_DAILY_LIMIT' },
    expect: { category: 'rate_limit', status: 'skip' },
  },
  {
    name: 'Bing v7 403 out of call volume quota',
    status: 403,
    body: { error: { code: '403', message: 'Out of call volume quota for BingSearch F0 pricing tier. Please retry after 5 days. To increase your call volume switch to a paid tier.' } },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Groq 413 request too large with code rate_limit_exceeded',
    status: 413,
    body: { error: { message: 'Request too large for model `llama-3.1-8b-instant` in organization `org_01` on tokens per minute (TPM): Limit 6000, Requested 9000, please reduce your message size and try again.', type: 'tokens', code: 'rate_limit_exceeded' } },
    expect: { category: 'request' },
  },
  {
    name: 'Tyk 403 quota exceeded',
    status: 403,
    body: { error: 'Quota exceeded' },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Tyk 403 key not authorised',
    status: 403,
    body: { error: 'Key not authorised' },
    expect: { category: 'authentication' },
  },
  {
    name: 'Apigee 401 no API product match',
    status: 401,
    body: { fault: { faultstring: 'Invalid API call as no apiproduct match found', detail: { errorcode: 'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound' } } },
    expect: { category: 'authorization' },
  },
  {
    name: 'WordPress.com 403 unauthorized user cannot view post',
    status: 403,
    body: { error: 'unauthorized', message: 'User cannot view post' },
    expect: { category: 'authorization' },
  },
  {
    name: 'FusionAuth 404 login user not found or wrong password',
    status: 404,
    body: '',
    expect: { category: 'authentication' },
  },
  {
    name: 'Ory Kratos 410 self_service_flow_expired',
    status: 410,
    body: { error: { id: 'self_service_flow_expired', code: 410, status: 'Gone', reason: 'The self-service flow has expired', message: 'self-service flow expired' } },
    expect: { category: 'request' },
  },
  {
    name: 'Storyblok 422 slug has already been taken',
    status: 422,
    body: { slug: ['has already been taken'] },
    expect: { category: 'conflict', fieldKeys: ['slug'] },
  },
  {
    name: 'Hugging Face 503 estimated_time as a retry hint',
    status: 503,
    body: { error: 'Model gpt2 is currently loading', estimated_time: 20 },
    expect: { category: 'server', retryInSeconds: 20 },
  },
];
