// Payments and accounting (Braintree GraphQL, Checkout.com, Wise, Xero, QuickBooks Online) and
// backend-as-a-service (Appwrite, PocketBase, Directus).
import { NOW_S, type HttpRow } from '../row.js';

const braintree = (errorClass: string, message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['chargePaymentMethod'], extensions: { errorClass, ...extra } }],
  data: { chargePaymentMethod: null },
  extensions: { requestId: 'a4b2c7e9-1d3f-4e6a-9b8c-0f1e2d3c4b5a' },
});
const xero = (status: number, title: string, detail: string) => ({ Type: null, Title: title, Status: status, Detail: detail, Instance: '6c5e9c76-7a6b-4b2b-8c21-b1c9a3e1d7f4', Extensions: {} });
const qbo = (type: string, code: string, message: string, detail?: string, element?: string) => ({
  Fault: { Error: [{ Message: message, ...(detail !== undefined && { Detail: detail }), code, ...(element !== undefined && { element }) }], type },
  time: '2025-03-01T04:00:00.000-08:00',
});
const appwrite = (code: number, type: string, message: string) => ({ message, code, type, version: '1.6.0' });
const directus = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ errors: [{ message, extensions: { code, ...extra } }] });

export const FINANCE_BACKENDS: readonly HttpRow[] = [
  {
    name: 'Braintree GraphQL 200 VALIDATION with inputPath',
    status: 200,
    body: braintree('VALIDATION', 'Unknown or expired payment_method_id.', { legacyCode: '91565', inputPath: ['input', 'paymentMethodId'] }),
    expect: { category: 'request', requestId: 'a4b2c7e9-1d3f-4e6a-9b8c-0f1e2d3c4b5a', fieldKeys: 'skip' },
  },
  {
    name: 'Braintree GraphQL 401 AUTHENTICATION',
    status: 401,
    body: { errors: [{ message: 'Authentication credentials are invalid.', extensions: { errorClass: 'AUTHENTICATION' } }], extensions: { requestId: 'b5c3d8f0-2e4a-4f7b-8c9d-1a2b3c4d5e6f' } },
    expect: { category: 'authentication', requestId: 'b5c3d8f0-2e4a-4f7b-8c9d-1a2b3c4d5e6f' },
  },
  {
    name: 'Braintree GraphQL 200 NOT_FOUND',
    status: 200,
    body: { errors: [{ message: 'An object with this ID was not found.', path: ['node'], extensions: { errorClass: 'NOT_FOUND' } }], data: { node: null }, extensions: { requestId: 'c6d4e9a1-3f5b-4a8c-9d0e-2b3c4d5e6f7a' } },
    expect: { category: 'not_found' },
  },
  {
    name: 'Braintree GraphQL 200 AUTHORIZATION',
    status: 200,
    body: braintree('AUTHORIZATION', 'You do not have permission to perform this action.'),
    expect: { category: 'authorization' },
  },

  {
    name: 'Checkout.com 422 request_invalid with request_id',
    status: 422,
    body: { request_id: '0HL80RJLS76I7', error_type: 'request_invalid', error_codes: ['payment_source_required'] },
    expect: { category: 'request', requestId: '0HL80RJLS76I7' },
  },
  { name: 'Checkout.com 401 empty body', status: 401, headers: { 'cko-request-id': '9b3c1e2d-4f5a-4b6c-8d7e-0f1a2b3c4d5e' }, body: '', expect: { category: 'authentication' } },
  { name: 'Checkout.com 404 empty body', status: 404, body: '', expect: { category: 'not_found' } },

  {
    name: 'Wise 422 NOT_VALID with path',
    status: 422,
    body: { errors: [{ code: 'NOT_VALID', message: 'Please enter a valid amount.', path: 'sourceAmount', arguments: ['sourceAmount', '-10'] }] },
    expect: { category: 'request', sourceCode: 'NOT_VALID', fieldKeys: ['sourceAmount'] },
  },
  { name: 'Wise 401 invalid_token', status: 401, body: { error: 'invalid_token', error_description: 'Invalid token' }, expect: { category: 'authentication', sourceCode: 'invalid_token' } },
  {
    name: 'Wise 400 route not supported',
    status: 400,
    body: { errors: [{ code: 'error.route.not.supported', message: 'This route is not supported', arguments: ['GBP', 'XYZ'] }] },
    expect: { category: 'request', sourceCode: 'error.route.not.supported' },
  },

  {
    name: 'Xero 400 ValidationException',
    status: 400,
    body: { ErrorNumber: 10, Type: 'ValidationException', Message: 'A validation exception occurred', Elements: [{ ValidationErrors: [{ Message: 'Email address must be valid.' }] }] },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  { name: 'Xero 401 AuthenticationUnsuccessful', status: 401, body: xero(401, 'Unauthorized', 'AuthenticationUnsuccessful'), expect: { category: 'authentication' } },
  { name: 'Xero 401 TokenExpired', status: 401, body: xero(401, 'Unauthorized', 'TokenExpired: token expired at 03/01/2025 11:30:00'), expect: { category: 'authentication' } },
  { name: 'Xero 403 AuthorizationUnsuccessful', status: 403, body: xero(403, 'Forbidden', 'AuthorizationUnsuccessful'), expect: { category: 'authorization' } },
  {
    name: 'Xero 429 minute limit with Retry-After',
    status: 429,
    headers: { 'retry-after': '52', 'x-rate-limit-problem': 'minute', 'x-minlimit-remaining': '0', 'x-daylimit-remaining': '4900', 'x-appminlimit-remaining': '9800' },
    body: '',
    expect: { category: 'rate_limit', retryInSeconds: 52 },
  },
  { name: 'Xero identity 400 invalid_grant', status: 400, body: { error: 'invalid_grant' }, expect: { category: 'authentication', sourceCode: 'invalid_grant' } },

  {
    name: 'QuickBooks 400 ValidationFault required param missing',
    status: 400,
    body: qbo('ValidationFault', '2020', 'Required param missing, need to supply the required value for the API', 'Required parameter Line.Amount is missing in the request', 'Line.Amount'),
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  {
    name: 'QuickBooks 401 AUTHENTICATION fault',
    status: 401,
    body: qbo('AUTHENTICATION', '3200', 'message=AuthenticationFailed; errorCode=003200; statusCode=401'),
    expect: { category: 'authentication' },
  },
  {
    name: 'QuickBooks 403 AUTHORIZATION fault',
    status: 403,
    body: qbo('AUTHORIZATION', '3100', 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403', 'Application authorization failed'),
    expect: { category: 'authorization' },
  },
  {
    name: 'QuickBooks 429 ThrottleExceeded',
    status: 429,
    body: qbo('SERVICE', '3001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429', 'The request limit was reached.'),
    expect: { category: 'rate_limit' },
  },
  {
    name: 'QuickBooks 500 SystemFault',
    status: 500,
    body: qbo('SystemFault', '10000', 'An application error has occurred while processing your request', 'System Failure Error: An unexpected error occurred while accessing or saving your data.'),
    expect: { category: 'server' },
  },

  {
    name: 'Appwrite 401 general_unauthorized_scope (guest)',
    status: 401,
    body: appwrite(401, 'general_unauthorized_scope', 'User (role: guests) missing scope (account)'),
    expect: { category: 'authentication', sourceCode: 'general_unauthorized_scope' },
  },
  {
    name: 'Appwrite 401 user_invalid_credentials',
    status: 401,
    body: appwrite(401, 'user_invalid_credentials', 'Invalid credentials. Please check the email and password.'),
    expect: { category: 'authentication', sourceCode: 'user_invalid_credentials' },
  },
  {
    name: 'Appwrite 404 document_not_found',
    status: 404,
    body: appwrite(404, 'document_not_found', 'Document with the requested ID could not be found.'),
    expect: { category: 'not_found', sourceCode: 'document_not_found' },
  },
  {
    name: 'Appwrite 409 user_already_exists',
    status: 409,
    body: appwrite(409, 'user_already_exists', 'A user with the same id, email, or phone already exists in this project.'),
    expect: { category: 'conflict', sourceCode: 'user_already_exists' },
  },
  {
    name: 'Appwrite 429 general_rate_limit_exceeded with reset epoch',
    status: 429,
    headers: { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 3600) },
    body: appwrite(429, 'general_rate_limit_exceeded', 'Rate limit for the current endpoint has been exceeded. Please try again after some time.'),
    expect: { category: 'rate_limit', sourceCode: 'general_rate_limit_exceeded', retryInSeconds: 3600 },
  },
  {
    name: 'Appwrite 400 document_invalid_structure',
    status: 400,
    body: appwrite(400, 'document_invalid_structure', 'Invalid document structure: Missing required attribute "title"'),
    expect: { category: 'request', sourceCode: 'document_invalid_structure' },
  },

  {
    name: 'PocketBase 400 field validation in data',
    status: 400,
    body: { status: 400, message: 'Failed to create record.', data: { title: { code: 'validation_required', message: 'Cannot be blank.' } } },
    expect: { category: 'request', fieldKeys: ['title'] },
  },
  {
    name: 'PocketBase (<0.23) 400 field validation with code',
    status: 400,
    body: { code: 400, message: 'Failed to create record.', data: { email: { code: 'validation_invalid_email', message: 'Must be a valid email address.' } } },
    expect: { category: 'request', fieldKeys: ['email'] },
  },
  {
    name: 'PocketBase 401 missing auth token',
    status: 401,
    body: { status: 401, message: 'The request requires valid record authorization token.', data: {} },
    expect: { category: 'authentication' },
  },
  { name: 'PocketBase 403 superusers only', status: 403, body: { status: 403, message: 'Only superusers can perform this action.', data: {} }, expect: { category: 'authorization' } },
  { name: 'PocketBase 404 not found', status: 404, body: { status: 404, message: "The requested resource wasn't found.", data: {} }, expect: { category: 'not_found' } },
  { name: 'PocketBase 429 too many requests', status: 429, body: { status: 429, message: 'Too Many Requests.', data: {} }, expect: { category: 'rate_limit' } },

  { name: 'Directus 401 INVALID_CREDENTIALS', status: 401, body: directus('INVALID_CREDENTIALS', 'Invalid user credentials.'), expect: { category: 'authentication', sourceCode: 'INVALID_CREDENTIALS' } },
  { name: 'Directus 401 TOKEN_EXPIRED', status: 401, body: directus('TOKEN_EXPIRED', 'Token expired.'), expect: { category: 'authentication', sourceCode: 'TOKEN_EXPIRED' } },
  { name: 'Directus 403 FORBIDDEN', status: 403, body: directus('FORBIDDEN', "You don't have permission to access this."), expect: { category: 'authorization', sourceCode: 'FORBIDDEN' } },
  {
    name: 'Directus 400 FAILED_VALIDATION with field',
    status: 400,
    body: directus('FAILED_VALIDATION', 'Validation failed for field "title". Value is required.', { field: 'title', type: 'required' }),
    expect: { category: 'request', sourceCode: 'FAILED_VALIDATION', fieldKeys: ['title'] },
  },
  { name: 'Directus 404 ROUTE_NOT_FOUND', status: 404, body: directus('ROUTE_NOT_FOUND', "Route /itemz/articles doesn't exist."), expect: { category: 'not_found', sourceCode: 'ROUTE_NOT_FOUND' } },
  {
    name: 'Directus 429 REQUESTS_EXCEEDED with Retry-After',
    status: 429,
    headers: { 'retry-after': '5' },
    body: directus('REQUESTS_EXCEEDED', 'Too many requests, retry after 5s.', { limit: 50, reset: 5 }),
    expect: { category: 'rate_limit', sourceCode: 'REQUESTS_EXCEEDED', retryInSeconds: 5 },
  },
  {
    name: 'Directus 503 SERVICE_UNAVAILABLE',
    status: 503,
    body: directus('SERVICE_UNAVAILABLE', 'Service "database" is unavailable. Database connection failed.', { service: 'database' }),
    expect: { category: 'server', sourceCode: 'SERVICE_UNAVAILABLE' },
  },
];
