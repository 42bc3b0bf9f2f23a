// Payments: Stripe, Braintree, Adyen, Mollie, Klarna, Razorpay, PayPal, Square, Paddle, GoCardless.
import { httpDate, type HttpRow } from '../row.js';

export const PAYMENTS: readonly HttpRow[] = [
  {
    name: 'Stripe card_error 402 card_declined',
    status: 402,
    headers: { 'request-id': 'req_8fQ1x2YzAbCdEf' },
    body: {
      error: {
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: 'Your card has insufficient funds.',
        request_log_url: 'https://dashboard.stripe.com/test/logs/req_8fQ1x2YzAbCdEf?t=1740830400',
        type: 'card_error',
      },
    },
    // A decline is a property of the request (this card); sending it again later will not help.
    expect: { category: 'request', sourceCode: 'card_declined', requestId: 'req_8fQ1x2YzAbCdEf', retryInSeconds: null },
  },
  {
    name: 'Stripe card_error invalid_expiry_month with param',
    status: 402,
    headers: { 'request-id': 'req_ExpM0nth' },
    body: { error: { code: 'invalid_expiry_month', message: "Your card's expiration month is invalid.", param: 'exp_month', type: 'card_error' } },
    expect: { category: 'request', sourceCode: 'invalid_expiry_month', requestId: 'req_ExpM0nth', fieldKeys: ['exp_month'] },
  },
  {
    name: 'Stripe parameter_missing 400',
    status: 400,
    headers: { 'request-id': 'req_Pm1ss' },
    body: { error: { code: 'parameter_missing', doc_url: 'https://stripe.com/docs/error-codes/parameter-missing', message: 'Missing required param: amount.', param: 'amount', type: 'invalid_request_error' } },
    expect: { category: 'request', sourceCode: 'parameter_missing', requestId: 'req_Pm1ss', fieldKeys: ['amount'] },
  },
  {
    name: 'Stripe idempotency_error 409',
    status: 409,
    headers: { 'request-id': 'req_Idem409' },
    body: { error: { message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.', type: 'idempotency_error' } },
    expect: { category: 'conflict', requestId: 'req_Idem409' },
  },
  {
    name: 'Stripe rate_limit 429',
    status: 429,
    headers: { 'request-id': 'req_Rl429' },
    body: { error: { code: 'rate_limit', message: 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', type: 'invalid_request_error' } },
    expect: { category: 'rate_limit', sourceCode: 'rate_limit', requestId: 'req_Rl429' },
  },
  {
    name: 'Stripe lock_timeout 429 (another request holds the object)',
    status: 429,
    body: { error: { code: 'lock_timeout', message: 'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.', type: 'invalid_request_error' } },
    // Stripe documents lock_timeout as HTTP 429 to be retried: the status is the specific evidence.
    expect: { category: 'rate_limit', sourceCode: 'lock_timeout' },
  },
  {
    name: 'Stripe invalid API key 401 (no code)',
    status: 401,
    body: { error: { message: 'Invalid API Key provided: sk_test_****1234', type: 'invalid_request_error' } },
    expect: { category: 'authentication' },
  },
  {
    name: 'Stripe api_key_expired 401',
    status: 401,
    body: { error: { code: 'api_key_expired', message: 'Expired API Key provided: sk_live_****abcd', type: 'invalid_request_error' } },
    expect: { category: 'authentication', sourceCode: 'api_key_expired' },
  },
  {
    name: 'Stripe resource_missing 404',
    status: 404,
    body: { error: { code: 'resource_missing', message: "No such customer: 'cus_Nope'", type: 'invalid_request_error' } },
    expect: { category: 'not_found', sourceCode: 'resource_missing' },
  },
  {
    name: 'Stripe api_error 500',
    status: 500,
    body: { error: { message: 'An unknown error occurred', type: 'api_error' } },
    expect: { category: 'server' },
  },
  {
    name: 'Stripe secret key permission 403',
    status: 403,
    body: { error: { message: 'The provided key \'rk_live_****\' does not have the required permissions for this endpoint on account \'acct_1\'.', type: 'invalid_request_error' } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Adyen 422 validation errorCode 101',
    status: 422,
    body: { status: 422, errorCode: '101', message: 'Invalid card number', errorType: 'validation', pspReference: '8816178952380553' },
    expect: { category: 'request', sourceCode: '101' },
  },
  {
    name: 'Adyen 401 security errorCode 000',
    status: 401,
    body: { status: 401, errorCode: '000', message: 'HTTP Status Response - Unauthorized', errorType: 'security' },
    expect: { category: 'authentication', sourceCode: '000' },
  },
  {
    name: 'Adyen 403 security errorCode 010',
    status: 403,
    body: { status: 403, errorCode: '010', message: 'Not allowed', errorType: 'security', pspReference: '8516178952380574' },
    expect: { category: 'authorization', sourceCode: '010' },
  },
  {
    name: 'Mollie 422 problem with field',
    status: 422,
    headers: { 'content-type': 'application/hal+json' },
    body: {
      status: 422,
      title: 'Unprocessable Entity',
      detail: 'The amount is higher than the maximum',
      field: 'amount',
      _links: { documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' } },
    },
    expect: { category: 'request', fieldKeys: ['amount'] },
  },
  {
    name: 'Mollie 401 unauthorized',
    status: 401,
    headers: { 'content-type': 'application/hal+json' },
    body: { status: 401, title: 'Unauthorized Request', detail: 'Missing authentication, or failed to authenticate', _links: { documentation: { href: 'https://docs.mollie.com/overview/authentication', type: 'text/html' } } },
    expect: { category: 'authentication' },
  },
  {
    name: 'Klarna 400 BAD_VALUE',
    status: 400,
    body: { error_code: 'BAD_VALUE', error_messages: ['Bad value: order_lines[0].total_amount'], correlation_id: '6a9b1cb1-73a3-4936-a030-481ba4bb203b' },
    expect: { category: 'request', sourceCode: 'BAD_VALUE' },
  },
  {
    name: 'Klarna 401 UNAUTHORIZED',
    status: 401,
    body: { error_code: 'UNAUTHORIZED', error_messages: ['Invalid credentials'], correlation_id: 'f1a7c2d4-0000-4444-8888-1234567890ab' },
    expect: { category: 'authentication', sourceCode: 'UNAUTHORIZED' },
  },
  {
    name: 'Razorpay 400 BAD_REQUEST_ERROR with field',
    status: 400,
    body: { error: { code: 'BAD_REQUEST_ERROR', description: 'The amount must be atleast INR 1.00', source: 'business', step: 'payment_initiation', reason: 'input_validation_failed', metadata: {}, field: 'amount' } },
    expect: { category: 'request', sourceCode: 'BAD_REQUEST_ERROR', fieldKeys: ['amount'] },
  },
  {
    name: 'Razorpay 401 authentication failed (generic code, specific status)',
    status: 401,
    body: { error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed', source: 'NA', step: 'NA', reason: 'NA', metadata: {} } },
    expect: { category: 'authentication', sourceCode: 'BAD_REQUEST_ERROR' },
  },
  {
    name: 'Razorpay 500 SERVER_ERROR',
    status: 500,
    body: { error: { code: 'SERVER_ERROR', description: 'The server encountered an error. The incident has been reported to admins.', source: 'NA', step: 'NA', reason: 'NA', metadata: {} } },
    expect: { category: 'server', sourceCode: 'SERVER_ERROR' },
  },
  {
    name: 'PayPal OAuth 401 invalid_client',
    status: 401,
    body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
    expect: { category: 'authentication', sourceCode: 'invalid_client' },
  },
  {
    name: 'PayPal 400 INVALID_REQUEST with JSON-pointer field',
    status: 400,
    headers: { 'paypal-debug-id': 'b1d1f06c7246c' },
    body: {
      name: 'INVALID_REQUEST',
      message: 'Request is not well-formed, syntactically incorrect, or violates schema.',
      debug_id: 'b1d1f06c7246c',
      details: [{ field: '/intent', value: 'CAPTURED', location: 'body', issue: 'INVALID_PARAMETER_VALUE', description: 'The value of a field is invalid.' }],
      links: [{ href: 'https://developer.paypal.com/docs/api/orders/v2/#error-INVALID_PARAMETER_VALUE', rel: 'information_link' }],
    },
    expect: { category: 'request', fieldKeys: ['intent'] },
  },
  {
    name: 'PayPal 404 RESOURCE_NOT_FOUND',
    status: 404,
    body: {
      name: 'RESOURCE_NOT_FOUND',
      message: 'The specified resource does not exist.',
      debug_id: '90957fca61718',
      details: [{ field: 'order_id', value: '5O190127TN364715T', location: 'path', issue: 'INVALID_RESOURCE_ID', description: 'Specified resource ID does not exist.' }],
    },
    // The id is part of the URL path: not a field of the submitted object, but a tester may
    // reasonably accept either; only the category is the point here.
    expect: { category: 'not_found', fieldKeys: 'skip' },
  },
  {
    name: 'PayPal 422 INSTRUMENT_DECLINED',
    status: 422,
    body: {
      name: 'UNPROCESSABLE_ENTITY',
      details: [{ issue: 'INSTRUMENT_DECLINED', description: 'The instrument presented  was either declined by the processor or bank, or it can\'t be used for this payment.' }],
      message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
      debug_id: 'c9a75b43fc807',
    },
    expect: { category: 'request' },
  },
  {
    name: 'Square 400 MISSING_REQUIRED_PARAMETER',
    status: 400,
    body: { errors: [{ category: 'INVALID_REQUEST_ERROR', code: 'MISSING_REQUIRED_PARAMETER', detail: 'Missing required parameter.', field: 'amount_money' }] },
    expect: { category: 'request', sourceCode: 'MISSING_REQUIRED_PARAMETER', fieldKeys: ['amount_money'] },
  },
  {
    name: 'Square 401 UNAUTHORIZED',
    status: 401,
    body: { errors: [{ category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' }] },
    expect: { category: 'authentication', sourceCode: 'UNAUTHORIZED' },
  },
  {
    name: 'Square 429 RATE_LIMITED',
    status: 429,
    body: { errors: [{ category: 'RATE_LIMIT_ERROR', code: 'RATE_LIMITED', detail: 'Rate limited.' }] },
    expect: { category: 'rate_limit', sourceCode: 'RATE_LIMITED' },
  },
  {
    name: 'Square 402 CARD_DECLINED',
    status: 402,
    body: { errors: [{ category: 'PAYMENT_METHOD_ERROR', code: 'CARD_DECLINED', detail: 'Card declined.' }] },
    expect: { category: 'request', sourceCode: 'CARD_DECLINED' },
  },
  {
    name: 'Paddle 404 not_found with meta.request_id',
    status: 404,
    body: {
      error: { type: 'request_error', code: 'not_found', detail: 'Entity pro_01gsz4t5hdjse780zja8vvr7jg not found', documentation_url: 'https://developer.paddle.com/v1/errors/shared/not_found' },
      meta: { request_id: 'b15ec92e-8688-40d4-a04d-ff4f6e1a4b5e' },
    },
    expect: { category: 'not_found', sourceCode: 'not_found', requestId: 'b15ec92e-8688-40d4-a04d-ff4f6e1a4b5e' },
  },
  {
    name: 'Paddle 400 invalid_field with errors[].field',
    status: 400,
    body: {
      error: {
        type: 'request_error',
        code: 'invalid_field',
        detail: 'Invalid request.',
        documentation_url: 'https://developer.paddle.com/v1/errors/shared/invalid_field',
        errors: [{ field: 'items[0].price_id', message: 'does not match pattern' }],
      },
      meta: { request_id: 'e1c0c4b0-66bd-4a4f-9e52-6e1d2a2f3a10' },
    },
    expect: { category: 'request', sourceCode: 'invalid_field', requestId: 'e1c0c4b0-66bd-4a4f-9e52-6e1d2a2f3a10', fieldKeys: ['items.0.price_id'] },
  },
  {
    name: 'GoCardless 422 validation_failed with request_id',
    status: 422,
    body: {
      error: {
        message: 'Validation failed',
        documentation_url: 'https://developer.gocardless.com/api-reference#validation_failed',
        type: 'validation_failed',
        code: 422,
        request_id: 'deadbeef0000',
        errors: [{ field: 'branch_code', message: 'must be a number', request_pointer: '/customer_bank_accounts/branch_code' }],
      },
    },
    expect: { category: 'request', requestId: 'deadbeef0000', fieldKeys: ['branch_code'] },
  },
  {
    name: 'GoCardless 429 with RateLimit-Reset as an HTTP-date',
    status: 429,
    headers: { 'ratelimit-limit': '1000', 'ratelimit-remaining': '0', 'ratelimit-reset': httpDate(60) },
    body: {
      error: {
        message: 'Too many requests',
        type: 'invalid_api_usage',
        code: 429,
        request_id: 'ratelimited01',
        errors: [{ reason: 'rate_limit_exceeded', message: 'Too many requests' }],
      },
    },
    expect: { category: 'rate_limit', requestId: 'ratelimited01', retryInSeconds: 60 },
  },
];
