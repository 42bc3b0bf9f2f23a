// Translation, AI inference and search APIs: DeepL, Google Translate v2, Cohere, Mistral, Groq,
// Hugging Face Inference / TGI, Replicate, Bing Web Search v7, Brave Search.
import { NOW_S, TEXT, type HttpRow } from '../row.js';

const problem = { 'content-type': 'application/problem+json' };
const gtx = (code: number, message: string, reason: string, domain = 'global') => ({ error: { code, message, errors: [{ message, domain, reason }] } });
const groq = (message: string, type: string, code: string) => ({ error: { message, type, code } });
const brave = (status: number, code: string, detail: string, meta: unknown) => ({ type: 'ErrorResponse', error: { id: 'c6a0a0b5-0c0d-4a8c-9d39-1f5b3c2f0e11', status, code, detail, meta }, time: NOW_S });

export const AI_SEARCH: readonly HttpRow[] = [
  { name: 'DeepL 456 quota exceeded', status: 456, body: { message: 'Quota Exceeded' }, expect: { category: 'rate_limit' } },
  { name: 'DeepL 403 authorization failed', status: 403, body: { message: 'Authorization failed. Please supply a valid auth_key parameter.' }, expect: { category: 'authorization' } },
  { name: 'DeepL 400 target_lang not supported', status: 400, body: { message: "Value for 'target_lang' not supported." }, expect: { category: 'request' } },
  { name: 'DeepL 429 too many requests', status: 429, body: { message: 'Too many requests' }, expect: { category: 'rate_limit' } },
  { name: 'DeepL 413 request entity too large', status: 413, body: { message: 'Request Entity Too Large' }, expect: { category: 'request' } },
  { name: 'DeepL 503 resource currently unavailable', status: 503, body: { message: 'Service Unavailable' }, expect: { category: 'server' } },

  { name: 'Google Translate v2 400 invalid value', status: 400, body: gtx(400, 'Invalid Value', 'invalid'), expect: { category: 'request' } },
  { name: 'Google Translate v2 403 daily limit exceeded', status: 403, body: gtx(403, 'Daily Limit Exceeded', 'dailyLimitExceeded', 'usageLimits'), expect: { category: 'rate_limit' } },
  { name: 'Google Translate v2 403 user rate limit exceeded', status: 403, body: gtx(403, 'User Rate Limit Exceeded', 'userRateLimitExceeded', 'usageLimits'), expect: { category: 'rate_limit' } },
  { name: 'Google Translate v2 400 API key not valid (keyInvalid)', status: 400, body: { error: { ...gtx(400, 'API key not valid. Please pass a valid API key.', 'badRequest').error, status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'translate.googleapis.com' } }] } }, expect: { category: 'authentication' } },

  { name: 'Cohere 401 invalid api token', status: 401, body: { message: 'invalid api token' }, expect: { category: 'authentication' } },
  { name: 'Cohere 429 trial key limit', status: 429, body: { message: "You are using a Trial key, which is limited to 10 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'." }, expect: { category: 'rate_limit' } },
  { name: 'Cohere 400 invalid request message', status: 400, body: { message: 'invalid request: message must be at least 1 token long or tool results must be specified.' }, expect: { category: 'request' } },
  { name: 'Cohere 404 model not found', status: 404, body: { message: "model 'command-x' not found, make sure the correct model ID was used and that you have access to the model." }, expect: { category: 'not_found' } },
  { name: 'Cohere 500 internal server error', status: 500, body: { message: 'internal server error, this has been reported to our developers' }, expect: { category: 'server' } },

  { name: 'Mistral 401 Unauthorized with request_id', status: 401, body: { message: 'Unauthorized', request_id: 'c5b0e1d4f0a24b7f9f2f2c1a8e1c3d4e' }, expect: { category: 'authentication', requestId: 'c5b0e1d4f0a24b7f9f2f2c1a8e1c3d4e' } },
  { name: 'Mistral 429 requests rate limit exceeded', status: 429, body: { message: 'Requests rate limit exceeded' }, expect: { category: 'rate_limit' } },
  { name: 'Mistral 400 invalid model', status: 400, body: { object: 'error', message: 'Invalid model: mistral-huge', type: 'invalid_model', param: null, code: '1500' }, expect: { category: 'request' } },
  {
    name: 'Mistral 422 FastAPI detail inside message',
    status: 422,
    body: { object: 'error', message: { detail: [{ type: 'missing', loc: ['body', 'messages'], msg: 'Field required', input: { model: 'mistral-small-latest' } }] }, type: 'invalid_request_error', param: null, code: null },
    expect: { category: 'request', fieldKeys: 'skip' },
  },

  { name: 'Groq 401 invalid_api_key', status: 401, body: groq('Invalid API Key', 'invalid_request_error', 'invalid_api_key'), expect: { category: 'authentication', sourceCode: 'invalid_api_key' } },
  {
    name: 'Groq 429 tokens per minute with retry-after',
    status: 429,
    headers: { 'retry-after': '7', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '7.66s' },
    body: groq('Rate limit reached for model `llama-3.1-8b-instant` in organization `org_01` on tokens per minute (TPM): Limit 6000, Used 5500, Requested 1200. Please try again in 7s.', 'tokens', 'rate_limit_exceeded'),
    expect: { category: 'rate_limit', retryInSeconds: 7 },
  },
  { name: 'Groq 404 model_not_found', status: 404, body: groq('The model `llama-9` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found'), expect: { category: 'not_found' } },
  { name: 'Groq 503 service unavailable', status: 503, body: groq('Service Unavailable', 'internal_server_error', 'service_unavailable'), expect: { category: 'server' } },

  { name: 'Hugging Face 503 model currently loading', status: 503, body: { error: 'Model bigscience/bloom is currently loading', estimated_time: 20.5 }, expect: { category: 'server' } },
  { name: 'Hugging Face 401 invalid credentials', status: 401, body: { error: 'Invalid credentials in Authorization header' }, expect: { category: 'authentication' } },
  { name: 'Hugging Face 429 free usage limit', status: 429, body: { error: 'Rate limit reached. You reached free usage limit (reset hourly). Please subscribe to a plan at https://huggingface.co/pricing to use the API at this rate' }, expect: { category: 'rate_limit' } },
  { name: 'Hugging Face 404 model does not exist', status: 404, body: { error: 'Model acme/nope does not exist' }, expect: { category: 'not_found' } },
  { name: 'Hugging Face TGI 422 input validation', status: 422, body: { error: 'Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 `inputs` tokens and 200 `max_new_tokens`', error_type: 'validation' }, expect: { category: 'request' } },
  { name: 'Hugging Face TGI 429 model overloaded', status: 429, body: { error: 'Model is overloaded', error_type: 'overloaded' }, expect: { category: 'rate_limit' } },

  { name: 'Replicate 401 unauthenticated problem', status: 401, headers: problem, body: { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 }, expect: { category: 'authentication' } },
  { name: 'Replicate 422 invalid version problem', status: 422, headers: problem, body: { title: 'Invalid version or not permitted', detail: "The specified version does not exist (or perhaps you don't have permission to use it?)", status: 422 }, expect: { category: 'request' } },
  { name: 'Replicate 429 throttled with retry-after', status: 429, headers: { ...problem, 'retry-after': '5' }, body: { title: 'Request was throttled.', detail: 'Request was throttled. Expected available in 5 seconds.', status: 429 }, expect: { category: 'rate_limit', retryInSeconds: 5 } },
  { name: 'Replicate 404 prediction not found problem', status: 404, headers: problem, body: { title: 'Not found', detail: 'Not found.', status: 404 }, expect: { category: 'not_found' } },

  {
    name: 'Bing v7 400 ParameterMissing q',
    status: 400,
    body: { _type: 'ErrorResponse', errors: [{ code: 'InvalidRequest', subCode: 'ParameterMissing', message: 'Required parameter is missing.', parameter: 'q' }] },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  {
    name: 'Bing v7 401 invalid subscription key',
    status: 401,
    body: { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.' } },
    expect: { category: 'authentication' },
  },
  { name: 'Bing v7 429 rate limit with Retry-After', status: 429, headers: { 'retry-after': '1' }, body: { error: { code: '429', message: 'Rate limit is exceeded. Try again in 1 seconds.' } }, expect: { category: 'rate_limit', retryInSeconds: 1 } },
  { name: 'Bing v7 500 ServerError UnexpectedError', status: 500, body: { _type: 'ErrorResponse', errors: [{ code: 'ServerError', subCode: 'UnexpectedError', message: 'An unexpected error occurred.' }] }, expect: { category: 'server' } },

  {
    name: 'Brave Search 422 SUBSCRIPTION_TOKEN_INVALID',
    status: 422,
    body: brave(422, 'SUBSCRIPTION_TOKEN_INVALID', 'The provided subscription token is invalid.', { component: 'authentication' }),
    expect: { category: 'authentication', sourceCode: 'SUBSCRIPTION_TOKEN_INVALID' },
  },
  {
    name: 'Brave Search 429 RATE_LIMITED with comma-list rate limit headers',
    status: 429,
    headers: { 'x-ratelimit-limit': '1, 2000', 'x-ratelimit-remaining': '0, 1988', 'x-ratelimit-reset': '1, 1419704' },
    body: brave(429, 'RATE_LIMITED', 'Request rate limit exceeded for plan', { plan: 'Free', rate_limit: 1, rate_current: 2, quota_limit: 2000, quota_current: 12, component: 'rate_limiter' }),
    expect: { category: 'rate_limit', sourceCode: 'RATE_LIMITED' },
  },
  {
    name: 'Brave Search 422 VALIDATION missing q',
    status: 422,
    body: brave(422, 'VALIDATION', 'Unable to validate request parameter(s)', { errors: [{ type: 'missing', loc: ['query', 'q'], msg: 'Field required', input: null }] }),
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  { name: 'Brave Search 500 plain text', status: 500, headers: TEXT, body: 'Internal Server Error', expect: { category: 'server' } },
];
