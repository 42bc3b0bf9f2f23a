// Payments beyond the covered processors (Mercado Pago, Paystack, Flutterwave, Midtrans Snap/Core,
// Xendit) and identity providers (FusionAuth, Ory Kratos, Stytch, WorkOS, Descope).
import { type HttpRow } from '../row.js';

const mp = (status: number, error: string, message: string, cause: readonly unknown[] = []) => ({ message, error, status, cause });
const kratos = (code: number, status: string, message: string, id?: string, reason?: string) => ({ error: { ...(id !== undefined && { id }), code, status, ...(reason !== undefined && { reason }), message } });
const stytch = (status_code: number, error_type: string, error_message: string) => ({
  status_code, request_id: 'request-id-test-55c9a0a2-8a3b-4f4e-9b8e-0d0d0d0d0d0d', error_type, error_message, error_url: `https://stytch.com/docs/api/errors/${status_code}`,
});
const descope = (errorCode: string, errorDescription: string, errorMessage: string) => ({ errorCode, errorDescription, errorMessage, message: errorMessage });

export const PAYMENTS_IDENTITY: readonly HttpRow[] = [
  { name: 'Mercado Pago 401 invalid access token', status: 401, body: mp(401, 'unauthorized', 'invalid access token'), expect: { category: 'authentication' } },
  { name: 'Mercado Pago 400 invalid transaction_amount cause 4037', status: 400, body: mp(400, 'bad_request', 'Invalid transaction_amount', [{ code: 4037, description: 'Invalid transaction_amount', data: null }]), expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Mercado Pago 404 payment not found', status: 404, body: mp(404, 'not_found', 'Payment not found', [{ code: 2000, description: 'Payment not found', data: null }]), expect: { category: 'not_found' } },
  { name: 'Mercado Pago 500 internal_error', status: 500, body: mp(500, 'internal_error', 'Internal server error'), expect: { category: 'server' } },

  { name: 'Paystack 401 invalid key', status: 401, body: { status: false, message: 'Invalid key' }, expect: { category: 'authentication' } },
  { name: 'Paystack 400 validation_error invalid_params', status: 400, body: { status: false, message: 'Invalid Amount Sent', meta: { nextStep: 'Ensure that you provide an amount greater than 0' }, type: 'validation_error', code: 'invalid_params' }, expect: { category: 'request' } },
  { name: 'Paystack 404 transaction not found', status: 404, body: { status: false, message: 'Transaction not found' }, expect: { category: 'not_found' } },
  { name: 'Paystack 429 too many requests', status: 429, body: { status: false, message: 'Too many requests' }, expect: { category: 'rate_limit' } },

  { name: 'Flutterwave 401 invalid authorization key', status: 401, body: { status: 'error', message: 'Invalid authorization key', data: null }, expect: { category: 'authentication' } },
  { name: 'Flutterwave 400 invalid currency', status: 400, body: { status: 'error', message: 'Invalid currency provided', data: null }, expect: { category: 'request' } },

  {
    name: 'Midtrans Snap 401 access denied',
    status: 401,
    body: { error_messages: ['Access denied due to unauthorized transaction, please check client or server key', 'Visit https://snap-docs.midtrans.com/#request-headers for more details'] },
    expect: { category: 'authentication' },
  },
  { name: 'Midtrans Snap 400 gross_amount required', status: 400, body: { error_messages: ['transaction_details.gross_amount is required', 'transaction_details.gross_amount is not equal to the sum of item_details'] }, expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Midtrans Core 404 transaction does not exist', status: 404, body: { status_code: '404', status_message: "Transaction doesn't exist.", id: 'e48447d1-cfa9-4b02-b163-2e915d4417ac' }, expect: { category: 'not_found' } },

  { name: 'Xendit 401 INVALID_API_KEY', status: 401, body: { error_code: 'INVALID_API_KEY', message: 'API key format is invalid' }, expect: { category: 'authentication', sourceCode: 'INVALID_API_KEY' } },
  { name: 'Xendit 403 REQUEST_FORBIDDEN_ERROR', status: 403, body: { error_code: 'REQUEST_FORBIDDEN_ERROR', message: 'The API key is forbidden to perform this request' }, expect: { category: 'authorization', sourceCode: 'REQUEST_FORBIDDEN_ERROR' } },
  { name: 'Xendit 404 DATA_NOT_FOUND', status: 404, body: { error_code: 'DATA_NOT_FOUND', message: 'Invoice not found' }, expect: { category: 'not_found', sourceCode: 'DATA_NOT_FOUND' } },
  { name: 'Xendit 409 DUPLICATE_ERROR', status: 409, body: { error_code: 'DUPLICATE_ERROR', message: 'Invoice with external_id inv-1 already exists' }, expect: { category: 'conflict' } },
  { name: 'Xendit 429 RATE_LIMIT_EXCEEDED', status: 429, body: { error_code: 'RATE_LIMIT_EXCEEDED', message: 'You have exceeded the rate limit' }, expect: { category: 'rate_limit' } },
  { name: 'Xendit 500 SERVER_ERROR', status: 500, body: { error_code: 'SERVER_ERROR', message: 'Something unexpected happened, we are investigating this issue right now' }, expect: { category: 'server' } },

  {
    name: 'FusionAuth 400 fieldErrors blank password',
    status: 400,
    body: { fieldErrors: { 'user.password': [{ code: '[blank]user.password', message: 'You must specify the [user.password] property.' }] } },
    expect: { category: 'request', fieldKeys: ['user.password'] },
  },
  { name: 'FusionAuth 401 empty body', status: 401, body: '', expect: { category: 'authentication' } },
  { name: 'FusionAuth 404 empty body', status: 404, body: '', expect: { category: 'not_found' } },
  {
    name: 'FusionAuth 400 generalErrors',
    status: 400,
    body: { generalErrors: [{ code: '[invalid]applicationId', message: 'The application with Id [x] does not exist.' }] },
    expect: { category: 'request' },
  },

  { name: 'Ory Kratos 401 session_inactive', status: 401, body: kratos(401, 'Unauthorized', 'request does not have a valid authentication session', 'session_inactive', 'No active session was found in this request.'), expect: { category: 'authentication' } },
  { name: 'Ory Kratos 403 security_csrf_violation', status: 403, body: kratos(403, 'Forbidden', 'the request was rejected to protect you from Cross-Site-Request-Forgery', 'security_csrf_violation', 'Please retry the flow and optionally clear your cookies.'), expect: { category: 'authorization' } },
  { name: 'Ory Kratos 404 not found', status: 404, body: kratos(404, 'Not Found', 'The requested resource could not be found'), expect: { category: 'not_found' } },
  { name: 'Ory Kratos 500 internal', status: 500, body: kratos(500, 'Internal Server Error', 'An internal server error occurred, please contact the system administrator'), expect: { category: 'server' } },
  { name: 'Ory Kratos 400 bad request', status: 400, body: kratos(400, 'Bad Request', 'The request was malformed or contained invalid parameters', undefined, 'Unable to decode body because HTTP Request Method was "GET" but only [POST PUT PATCH] are supported.'), expect: { category: 'request' } },

  { name: 'Stytch 401 unauthorized_credentials with request_id', status: 401, body: stytch(401, 'unauthorized_credentials', 'Unauthorized credentials.'), expect: { category: 'authentication', sourceCode: 'unauthorized_credentials', requestId: 'request-id-test-55c9a0a2-8a3b-4f4e-9b8e-0d0d0d0d0d0d' } },
  { name: 'Stytch 400 invalid_email', status: 400, body: stytch(400, 'invalid_email', 'Email format is invalid.'), expect: { category: 'request', sourceCode: 'invalid_email' } },
  { name: 'Stytch 404 user_not_found', status: 404, body: stytch(404, 'user_not_found', 'User could not be found.'), expect: { category: 'not_found' } },
  { name: 'Stytch 429 too_many_requests', status: 429, body: stytch(429, 'too_many_requests', 'Too many requests have been made.'), expect: { category: 'rate_limit' } },
  { name: 'Stytch 500 internal_server_error', status: 500, body: stytch(500, 'internal_server_error', 'Oops, something seems to have gone wrong.'), expect: { category: 'server' } },
  { name: 'Stytch 401 unable_to_auth_magic_link', status: 401, body: stytch(401, 'unable_to_auth_magic_link', 'Magic link could not be authenticated because the magic link token had already been used or expired.'), expect: { category: 'authentication' } },

  { name: 'WorkOS 401 could not authorize (bad API key)', status: 401, body: { message: 'Could not authorize the request. Maybe your API key is invalid?' }, expect: { category: 'authentication' } },
  { name: 'WorkOS 404 entity_not_found', status: 404, body: { message: 'Organization not found', code: 'entity_not_found', entity_id: 'org_01EHZNVPK3SFK441A1RGBFSHRT' }, expect: { category: 'not_found', sourceCode: 'entity_not_found' } },
  {
    name: 'WorkOS 422 invalid_request_parameters',
    status: 422,
    body: { message: 'Validation failed', code: 'invalid_request_parameters', errors: [{ code: 'required', field: 'organization_id' }] },
    expect: { category: 'request', fieldKeys: 'skip' },
  },

  { name: 'Descope 400 E011003 request invalid', status: 400, body: descope('E011003', 'Request is invalid', 'The loginId field is required'), expect: { category: 'request' } },
  { name: 'Descope 401 E061102 unauthorized', status: 401, body: descope('E061102', 'Unauthorized', 'Access key is not valid'), expect: { category: 'authentication' } },
  { name: 'Descope 429 rate limit with Retry-After', status: 429, headers: { 'retry-after': '30' }, body: descope('E130429', 'Too many requests', 'Rate limit exceeded'), expect: { category: 'rate_limit', retryInSeconds: 30 } },
];
