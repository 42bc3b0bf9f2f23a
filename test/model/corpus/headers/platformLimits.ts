// Rate-limit headers of commerce, payment, AI, cloud and hosting APIs, each row from the vendor's
// public documentation of its headers: Shopify, Stripe, OpenAI, Anthropic, Cloudflare, Heroku,
// Twilio, SendGrid, Mailgun, Resend, Vercel, Netlify, DigitalOcean, Google, AWS, Azure.
import { epoch, httpDate, HTML, type HttpRow } from '../row.js';

const AWS_JSON = { 'content-type': 'application/x-amz-json-1.0' } as const;
const XML = { 'content-type': 'application/xml' } as const;
const GOOGLE_JSON = { 'content-type': 'application/json; charset=UTF-8' } as const;

export const PLATFORM_LIMITS: readonly HttpRow[] = [
  // Shopify REST: Retry-After in (float) seconds and X-Shopify-Shop-Api-Call-Limit used/size.
  {
    name: 'Shopify REST 429 Retry-After 1.0 with X-Shopify-Shop-Api-Call-Limit 40/40 and X-Request-Id',
    status: 429,
    headers: { 'retry-after': '1.0', 'x-shopify-shop-api-call-limit': '40/40', 'x-request-id': '7d1c0e4a-shopify-429' },
    body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' },
    expect: { category: 'rate_limit', retryInSeconds: 1, requestId: '7d1c0e4a-shopify-429' },
  },
  {
    name: 'Shopify REST 404 with a bucket that still has room',
    status: 404,
    headers: { 'x-shopify-shop-api-call-limit': '32/40', 'x-request-id': '9a8b7c6d-shopify-404' },
    body: { errors: 'Not Found' },
    expect: { category: 'not_found', retryInSeconds: null, requestId: '9a8b7c6d-shopify-404' },
  },
  {
    // Shopify GraphQL answers a throttle with HTTP 200 and the cost extension; no Retry-After.
    name: 'Shopify GraphQL 200 THROTTLED: wait from the cost extension, X-Request-Id',
    status: 200,
    headers: { 'x-request-id': 'e4f5a6b7-shopify-gql' },
    body: {
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/limits#rate-limits' } }],
      extensions: { cost: { requestedQueryCost: 1002, actualQueryCost: null, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 2.5, restoreRate: 100 } } },
    },
    // (1002 - 2.5) / 100 = 9.995, rounded up to 10 seconds.
    expect: { category: 'rate_limit', status: 200, retryInSeconds: 10, requestId: 'e4f5a6b7-shopify-gql' },
  },

  // Stripe: 429 without any reset header; Request-Id on every answer; Stripe-Should-Retry.
  {
    name: 'Stripe 429 rate_limit with Stripe-Should-Retry and no reset header',
    status: 429,
    headers: { 'request-id': 'req_Q2s8fA1bC3dE4f', 'stripe-should-retry': 'true' },
    body: { error: { code: 'rate_limit', message: 'Request rate limit exceeded.', type: 'invalid_request_error' } },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'req_Q2s8fA1bC3dE4f' },
  },
  {
    name: 'Stripe 500 api_error with Request-Id',
    status: 500,
    headers: { 'request-id': 'req_Srv500aBcDeF', 'stripe-should-retry': 'true' },
    body: { error: { message: 'An unknown error occurred', type: 'api_error' } },
    expect: { category: 'server', retryInSeconds: null, requestId: 'req_Srv500aBcDeF' },
  },

  // OpenAI: x-ratelimit-{remaining,reset}-{requests,tokens}, resets as Go durations ("1s", "6m0s").
  {
    name: 'OpenAI 429 tokens budget spent: reset-tokens 6m0s wins over reset-requests 1s',
    status: 429,
    headers: {
      'x-ratelimit-limit-requests': '60', 'x-ratelimit-remaining-requests': '59', 'x-ratelimit-reset-requests': '1s',
      'x-ratelimit-limit-tokens': '150000', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6m0s', 'x-request-id': 'req_oa_tokens_spent',
    },
    body: { error: { message: 'Rate limit reached for gpt-4o on tokens per min (TPM): Limit 150000, Used 150000, Requested 512.', type: 'tokens', param: null, code: 'rate_limit_exceeded' } },
    expect: { category: 'rate_limit', retryInSeconds: 360, requestId: 'req_oa_tokens_spent' },
  },
  {
    name: 'OpenAI 429 requests budget spent: reset-requests with fractional seconds',
    status: 429,
    headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1m30.5s', 'x-ratelimit-remaining-tokens': '149000', 'x-ratelimit-reset-tokens': '400ms', 'x-request-id': 'req_oa_requests_spent' },
    body: { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    expect: { category: 'rate_limit', retryInSeconds: 90, requestId: 'req_oa_requests_spent' },
  },
  {
    name: 'OpenAI 500 server_error with x-request-id and healthy budgets',
    status: 500,
    headers: { 'x-ratelimit-remaining-requests': '4999', 'x-ratelimit-reset-requests': '12ms', 'x-request-id': 'req_oa_500' },
    body: { error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } },
    expect: { category: 'server', retryInSeconds: null, requestId: 'req_oa_500' },
  },
  {
    name: 'Azure OpenAI 429 with retry-after and retry-after-ms',
    status: 429,
    headers: { 'retry-after': '7', 'retry-after-ms': '6500', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-remaining-tokens': '0', 'apim-request-id': 'aoai-apim-1' },
    body: { error: { code: '429', message: 'Requests to the ChatCompletions_Create Operation have exceeded call rate limit. Please retry after 7 seconds.' } },
    expect: { category: 'rate_limit', retryInSeconds: 7 },
  },

  // Anthropic: retry-after on 429, anthropic-ratelimit-*-reset as RFC 3339, request-id on every answer.
  {
    name: 'Anthropic 429 retry-after with anthropic-ratelimit headers and request-id',
    status: 429,
    headers: {
      'retry-after': '12', 'anthropic-ratelimit-requests-limit': '50', 'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': '2025-03-01T12:00:12Z', 'anthropic-ratelimit-tokens-remaining': '38000', 'request-id': 'req_011CRateLimited',
    },
    body: { type: 'error', error: { type: 'rate_limit_error', message: 'Number of requests has exceeded your per-minute rate limit' } },
    expect: { category: 'rate_limit', retryInSeconds: 12, requestId: 'req_011CRateLimited' },
  },
  {
    name: 'Anthropic 400 invalid_request_error with request-id',
    status: 400,
    headers: { 'request-id': 'req_011CBadRequest', 'anthropic-ratelimit-requests-remaining': '49' },
    body: { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } },
    expect: { category: 'request', retryInSeconds: null, requestId: 'req_011CBadRequest' },
  },

  // Cloudflare API: Ratelimit "default";r=..;t=.. and Ratelimit-Policy always; Retry-After on 429.
  {
    name: 'Cloudflare API 429 with Ratelimit structured field, Ratelimit-Policy and Retry-After',
    status: 429,
    headers: { ratelimit: '"default";r=0;t=27', 'ratelimit-policy': '"burst";q=1200;w=300', 'retry-after': '27', 'cf-ray': '8f1a2b3c4d5e6f70-CDG' },
    body: { success: false, errors: [{ code: 10429, message: 'Too many requests' }], messages: [], result: null },
    expect: { category: 'rate_limit', retryInSeconds: 27, requestId: '8f1a2b3c4d5e6f70-CDG' },
  },
  {
    name: 'Cloudflare API 403 with a Ratelimit field that has budget left',
    status: 403,
    headers: { ratelimit: '"default";r=1150;t=200', 'ratelimit-policy': '"burst";q=1200;w=300', 'cf-ray': '8f1a2b3c4d5e6f71-CDG' },
    body: { success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }], messages: [], result: null },
    expect: { category: 'authorization', retryInSeconds: null, requestId: '8f1a2b3c4d5e6f71-CDG' },
  },
  {
    // Cloudflare changelog: retryable 1xxx errors now carry Retry-After (1015: 30 seconds).
    name: 'Cloudflare 1015 rate limited page with Retry-After 30',
    status: 429,
    headers: { ...HTML, 'retry-after': '30', 'cf-ray': '8f1a2b3c4d5e1015-AMS', server: 'cloudflare' },
    body: '<!DOCTYPE html><html><head><title>Access denied | example.com used Cloudflare to restrict access</title></head><body><h1>Error 1015</h1><h2>You are being rate limited</h2><p>Ray ID: 8f1a2b3c4d5e1015</p></body></html>',
    expect: { category: 'rate_limit', retryInSeconds: 30, requestId: '8f1a2b3c4d5e1015-AMS' },
  },

  // Heroku Platform API: RateLimit-Remaining (no reset header) and Request-Id.
  {
    name: 'Heroku 429 rate_limit with RateLimit-Remaining 0 and Request-Id',
    status: 429,
    headers: { 'ratelimit-remaining': '0', 'request-id': '01234567-89ab-cdef-0123-456789abcdef' },
    body: { id: 'rate_limit', message: 'Your account reached the API rate limit\nPlease wait a few minutes before making new requests', url: 'https://devcenter.heroku.com/articles/platform-api-reference#rate-limits' },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: '01234567-89ab-cdef-0123-456789abcdef' },
  },
  {
    name: 'Heroku 404 not_found with RateLimit-Remaining budget and Request-Id',
    status: 404,
    headers: { 'ratelimit-remaining': '2399', 'request-id': 'fedcba98-7654-3210-fedc-ba9876543210' },
    body: { id: 'not_found', message: "Couldn't find that app.", resource: 'app' },
    expect: { category: 'not_found', retryInSeconds: null, requestId: 'fedcba98-7654-3210-fedc-ba9876543210' },
  },

  // Twilio: 20429 with Twilio-Request-Id; the bulk API documents Retry-After.
  {
    name: 'Twilio 429 20429 with Twilio-Request-Id',
    status: 429,
    headers: { 'twilio-request-id': 'RQ4f2b7c3e9d1a4b5c6d7e8f9a0b1c2d3e' },
    body: { code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'RQ4f2b7c3e9d1a4b5c6d7e8f9a0b1c2d3e' },
  },
  {
    name: 'Twilio bulk messaging 429 errors[] telling to honour Retry-After',
    status: 429,
    headers: { 'retry-after': '5' },
    body: { errors: [{ code: 20429, message: 'Too many requests. Please retry according to the Retry-After response header.', infoUrl: 'https://www.twilio.com/docs/api/errors/20429', context: 'null' }] },
    expect: { category: 'rate_limit', retryInSeconds: 5 },
  },

  // SendGrid: X-RateLimit-Reset epoch seconds.
  {
    name: 'SendGrid 429 X-RateLimit-Reset epoch read on a server clock 90 s behind',
    status: 429,
    headers: { date: httpDate(-90), 'x-ratelimit-limit': '150', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(-90 + 60) },
    body: { errors: [{ field: null, message: 'too many requests' }] },
    expect: { category: 'rate_limit', retryInSeconds: 60 },
  },
  // Mailgun documents only "retry these requests as defined in the response".
  {
    name: 'Mailgun 429 with a message and no timing headers',
    status: 429,
    body: { message: 'Too many requests' },
    expect: { category: 'rate_limit', retryInSeconds: null },
  },
  // Resend: IETF draft ratelimit-* headers (reset in seconds) plus retry-after.
  {
    name: 'Resend 429 rate_limit_exceeded with ratelimit-reset seconds and retry-after',
    status: 429,
    headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '1', 'retry-after': '1' },
    body: { statusCode: 429, message: 'Too many requests. You can only make 2 requests per second.', name: 'rate_limit_exceeded' },
    expect: { category: 'rate_limit', retryInSeconds: 1 },
  },

  // Vercel: X-RateLimit-Reset in UTC epoch seconds; x-vercel-id identifies the request.
  {
    name: 'Vercel REST 429 rate_limited with X-RateLimit-Reset epoch and x-vercel-id',
    status: 429,
    headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(45), 'x-vercel-id': 'cdg1::iad1::k7p2x-1740830400000-5e6f7a8b9c0d' },
    body: { error: { code: 'rate_limited', message: 'Rate limit exceeded', limit: { remaining: 0, reset: Number(epoch(45)), total: 100 } } },
    expect: { category: 'rate_limit', retryInSeconds: 45, requestId: 'cdg1::iad1::k7p2x-1740830400000-5e6f7a8b9c0d' },
  },
  // Netlify: X-RateLimit-Reset is a unix timestamp; x-nf-request-id is what Netlify support asks for.
  {
    name: 'Netlify API 429 with X-RateLimit-Reset epoch and x-nf-request-id',
    status: 429,
    headers: { 'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(75), 'x-nf-request-id': '01JN0X7Q2W3E4R5T6Y7U8I9O0P' },
    body: { code: 429, message: 'Rate limit exceeded' },
    expect: { category: 'rate_limit', retryInSeconds: 75, requestId: '01JN0X7Q2W3E4R5T6Y7U8I9O0P' },
  },

  // DigitalOcean: ratelimit-reset is Unix epoch time (hourly window); Retry-After on burst limits.
  {
    name: 'DigitalOcean 429 hourly limit with ratelimit-reset epoch and body request_id',
    status: 429,
    headers: { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': epoch(1200), 'x-request-id': 'do-req-3a4b5c6d' },
    body: { id: 'too_many_requests', message: 'API Rate limit exceeded.', request_id: 'do-req-3a4b5c6d' },
    expect: { category: 'rate_limit', retryInSeconds: 1200, requestId: 'do-req-3a4b5c6d' },
  },
  {
    name: 'DigitalOcean 429 burst limit: Retry-After while the hourly budget has room',
    status: 429,
    headers: { 'retry-after': '14', 'ratelimit-limit': '5000', 'ratelimit-remaining': '4100', 'ratelimit-reset': epoch(2400) },
    body: { id: 'too_many_requests', message: 'API Rate limit exceeded.', request_id: 'do-req-burst' },
    expect: { category: 'rate_limit', retryInSeconds: 14, requestId: 'do-req-burst' },
  },

  // Google APIs: no header, the wait is in google.rpc.RetryInfo.
  {
    name: 'Gemini API 429 RESOURCE_EXHAUSTED with QuotaFailure and RetryInfo 37s, no header',
    status: 429,
    headers: GOOGLE_JSON,
    body: {
      error: {
        code: 429,
        message: 'You exceeded your current quota, please check your plan and billing details.',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests', quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier' }] },
          { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }] },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '37s' },
        ],
      },
    },
    expect: { category: 'rate_limit', retryInSeconds: 37 },
  },
  {
    name: 'Google 429 RESOURCE_EXHAUSTED without RetryInfo or header',
    status: 429,
    headers: GOOGLE_JSON,
    body: { error: { code: 429, message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'compute.googleapis.com'.", status: 'RESOURCE_EXHAUSTED' } },
    expect: { category: 'rate_limit', retryInSeconds: null },
  },

  // AWS: throttling as HTTP 400 (JSON and query protocols) or 429 (API Gateway, Lambda).
  {
    name: 'AWS Query protocol 400 Throttling XML with RequestId',
    status: 400,
    headers: { ...XML, 'x-amzn-requestid': '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE' },
    body: '<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ErrorResponse>',
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE' },
  },
  {
    name: 'AWS JSON 400 ThrottlingException from x-amzn-ErrorType with a colon suffix',
    status: 400,
    headers: { ...AWS_JSON, 'x-amzn-errortype': 'ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/', 'x-amzn-requestid': 'b2c3d4e5-aws-throttle' },
    body: { message: 'Rate exceeded' },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'b2c3d4e5-aws-throttle' },
  },
  {
    name: 'API Gateway REST 429 TooManyRequestsException with x-amzn-RequestId',
    status: 429,
    headers: { 'x-amzn-errortype': 'TooManyRequestsException', 'x-amzn-requestid': 'c3d4e5f6-apigw-429', 'x-amz-apigw-id': 'Ab1CdEfGhIjKlM=' },
    body: { message: 'Too Many Requests' },
    expect: { category: 'rate_limit', retryInSeconds: null, requestId: 'c3d4e5f6-apigw-429' },
  },
  {
    name: 'Lambda Invoke 429 TooManyRequestsException with Retry-After',
    status: 429,
    headers: { 'x-amzn-errortype': 'TooManyRequestsException', 'retry-after': '5', 'x-amzn-requestid': 'd4e5f6a7-lambda-429' },
    body: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', Type: 'User', message: 'Rate Exceeded.' },
    expect: { category: 'rate_limit', retryInSeconds: 5, requestId: 'd4e5f6a7-lambda-429' },
  },

  // Azure: x-ms-ratelimit-remaining-*, Retry-After on 429 and 503, x-ms-request-id.
  {
    name: 'Azure Resource Manager 429 with Retry-After and x-ms-ratelimit-remaining-subscription-reads 0',
    status: 429,
    headers: { 'retry-after': '17', 'x-ms-ratelimit-remaining-subscription-reads': '0', 'x-ms-request-id': '6c1f5a3e-arm-429', 'x-ms-correlation-request-id': '6c1f5a3e-arm-429' },
    body: { error: { code: 'SubscriptionRequestsThrottled', message: "Number of 'read' requests for subscription '00000000-0000-0000-0000-000000000000' actor '11111111-1111-1111-1111-111111111111' exceeded. Please try again after '17' seconds after additional tokens are available." } },
    expect: { category: 'rate_limit', retryInSeconds: 17, requestId: '6c1f5a3e-arm-429' },
  },
  {
    name: 'Azure 503 ServiceUnavailable with Retry-After',
    status: 503,
    headers: { 'retry-after': '30', 'x-ms-request-id': '7d2a6b4f-arm-503' },
    body: { error: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Please try again later.' } },
    expect: { category: 'server', retryInSeconds: 30, requestId: '7d2a6b4f-arm-503' },
  },
  {
    name: 'Azure Cosmos DB 429 TooManyRequests with x-ms-retry-after-ms',
    status: 429,
    headers: { 'x-ms-retry-after-ms': '8500', 'x-ms-substatus': '3200', 'x-ms-activity-id': 'e9f0a1b2-cosmos' },
    body: { code: 'TooManyRequests', message: 'Message: {"Errors":["Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later."]}' },
    expect: { category: 'rate_limit', retryInSeconds: 8.5 },
  },
  {
    name: 'Azure 409 Conflict with x-ms-ratelimit-remaining-subscription-writes budget left',
    status: 409,
    headers: { 'x-ms-ratelimit-remaining-subscription-writes': '1199', 'x-ms-request-id': '8e3b7c5a-arm-409' },
    body: { error: { code: 'Conflict', message: 'The resource group is being deleted.' } },
    expect: { category: 'conflict', retryInSeconds: null, requestId: '8e3b7c5a-arm-409' },
  },
];
