import type { CorpusRow } from '../row.js';
import { row } from '../strictRow.js';

const rid = (n: number): string => `req_seed${n}`;
const seed001 = (code: string, message: string, n: number): unknown => ({ code, message, request_id: rid(n) });

/** The five seed documents' formats and codes (WCPOS, seed 001 snake_case, 002 nested, 003, 004). */
export const SEED_ROWS: readonly CorpusRow[] = [
  row('seed001 401 authentication_failed', 401, seed001('authentication_failed', 'No valid API key provided', 1), { category: 'authentication', sourceCode: 'authentication_failed', requestId: rid(1) }),
  row('seed001 401 api_key_expired', 401, seed001('api_key_expired', 'The API key has expired', 2), { category: 'authentication', sourceCode: 'api_key_expired', requestId: rid(2) }),
  row('seed001 401 api_key_revoked nested', 401, { error: { code: 'api_key_revoked', message: 'The API key has been deleted', request_id: rid(3) } }, { category: 'authentication', sourceCode: 'api_key_revoked', requestId: rid(3) }),
  row('seed001 403 insufficient_scope', 403, seed001('insufficient_scope', 'API key lacks the required scope', 4), { category: 'authorization', sourceCode: 'insufficient_scope', requestId: rid(4) }),
  row('seed001 400 invalid_parameter', 400, seed001('invalid_parameter', 'A request parameter is invalid', 5), { category: 'request', sourceCode: 'invalid_parameter', requestId: rid(5) }),
  row('seed001 400 invalid_json', 400, seed001('invalid_json', 'Request body is not valid JSON', 6), { category: 'request', sourceCode: 'invalid_json', requestId: rid(6) }),
  row('seed001 404 not_found', 404, seed001('not_found', 'The requested resource does not exist', 7), { category: 'not_found', sourceCode: 'not_found', requestId: rid(7) }),
  row('seed001 405 method_not_allowed', 405, seed001('method_not_allowed', 'HTTP method not supported', 8), { category: 'request', sourceCode: 'method_not_allowed', requestId: rid(8) }),
  row('seed001 409 conflict', 409, seed001('conflict', 'Resource already exists', 9), { category: 'conflict', sourceCode: 'conflict', requestId: rid(9) }),
  row('seed001 422 unprocessable_entity', 422, seed001('unprocessable_entity', 'Valid format but semantic error', 10), { category: 'request', sourceCode: 'unprocessable_entity', requestId: rid(10) }),
  row('seed001 429 rate_limit_exceeded', 429, seed001('rate_limit_exceeded', 'Too many requests per minute', 11), { category: 'rate_limit', sourceCode: 'rate_limit_exceeded', requestId: rid(11), retryInSeconds: 60 }, { 'retry-after': '60' }),
  row('seed001 429 quota_exceeded', 429, seed001('quota_exceeded', 'Daily request quota exhausted', 12), { category: 'rate_limit', sourceCode: 'quota_exceeded', requestId: rid(12) }),
  row('seed001 500 internal_error', 500, seed001('internal_error', 'Unexpected server error', 13), { category: 'server', sourceCode: 'internal_error', requestId: rid(13) }),
  row('seed001 503 service_unavailable', 503, seed001('service_unavailable', 'API is temporarily unavailable', 14), { category: 'server', sourceCode: 'service_unavailable', requestId: rid(14) }),
  row('seed001 504 gateway_timeout', 504, seed001('gateway_timeout', 'Upstream API timed out', 15), { category: 'server', sourceCode: 'gateway_timeout', requestId: rid(15) }),
  row('seed002 400 INVALID_REQUEST', 400, { error: { code: 'INVALID_REQUEST', message: "Missing required 'user_id' parameter." } }, { category: 'request', sourceCode: 'INVALID_REQUEST' }),
  row('seed002 401 UNAUTHENTICATED', 401, { error: { code: 'UNAUTHENTICATED', message: 'Authentication credentials not provided or invalid.' } }, { category: 'authentication', sourceCode: 'UNAUTHENTICATED' }),
  row('seed002 403 PERMISSION_DENIED', 403, { error: { code: 'PERMISSION_DENIED', message: 'You do not have permission to perform this action.' } }, { category: 'authorization', sourceCode: 'PERMISSION_DENIED' }),
  row('seed002 404 RESOURCE_NOT_FOUND', 404, { error: { code: 'RESOURCE_NOT_FOUND', message: 'The requested resource could not be found.' } }, { category: 'not_found', sourceCode: 'RESOURCE_NOT_FOUND' }),
  row('seed002 429 RATE_LIMIT_EXCEEDED', 429, { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'You have exceeded your allowed request rate. Please try again later.' } }, { category: 'rate_limit', sourceCode: 'RATE_LIMIT_EXCEEDED', retryInSeconds: 30 }, { 'retry-after': '30' }),
  row('seed002 500 INTERNAL_SERVER_ERROR', 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred.' } }, { category: 'server', sourceCode: 'INTERNAL_SERVER_ERROR' }),
  row('seed002 503 SERVICE_UNAVAILABLE', 503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable. Please try again later.' } }, { category: 'server', sourceCode: 'SERVICE_UNAVAILABLE' }),
  row('seed002 400 INSUFFICIENT_BALANCE', 400, { error: { code: 'INSUFFICIENT_BALANCE', message: 'Your account balance is insufficient to complete this transaction.', details: { required: '100.00', available: '50.50' } } }, { category: 'request', sourceCode: 'INSUFFICIENT_BALANCE' }),
  row('seed003 401 AUTH_001', 401, { success: false, message: 'Invalid API key provided', error_code: 'AUTH_001' }, { category: 'authentication', sourceCode: 'AUTH_001' }),
  row('seed003 422 VAL_001', 422, { success: false, errors: { email: 'Email is invalid', name: 'Name is required' }, message: 'Input validation failed', error_code: 'VAL_001' }, { category: 'request', sourceCode: 'VAL_001', fieldKeys: ['email', 'name'] }),
  row('seed004 400 VALIDATION_ERROR title', 400, { code: 400, status: 'error', message: 'Validation failed', error: { code: 'VALIDATION_ERROR', message: 'The title field is required', details: { field: 'title', constraint: 'required' } } }, { category: 'request', sourceCode: 'VALIDATION_ERROR', fieldKeys: ['title'] }),
  row('seed004 429 RATE_LIMIT_EXCEEDED headers', 429, { code: 429, status: 'error', error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Retry after 60 seconds.', tier: 'public_key' } }, { category: 'rate_limit', sourceCode: 'RATE_LIMIT_EXCEEDED', retryInSeconds: 60 }, { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'retry-after': '60' }),
  row('seed004 429 DAILY_QUOTA_EXCEEDED', 429, { code: 429, status: 'error', error: { code: 'DAILY_QUOTA_EXCEEDED', message: 'Daily limit reached' } }, { category: 'rate_limit', sourceCode: 'DAILY_QUOTA_EXCEEDED' }),
  row('seed004 401 TOKEN_EXPIRED', 401, { code: 401, status: 'error', error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } }, { category: 'authentication', sourceCode: 'TOKEN_EXPIRED' }),
  row('seed004 401 REVOKED_API_KEY', 401, { code: 401, status: 'error', error: { code: 'REVOKED_API_KEY', message: 'API key was revoked' } }, { category: 'authentication', sourceCode: 'REVOKED_API_KEY' }),
  row('seed004 403 WRITE_ACCESS_DENIED', 403, { code: 403, status: 'error', error: { code: 'WRITE_ACCESS_DENIED', message: 'Public keys are read-only' } }, { category: 'authorization', sourceCode: 'WRITE_ACCESS_DENIED' }),
  row('seed004 404 STORE_NOT_FOUND', 404, { code: 404, status: 'error', error: { code: 'STORE_NOT_FOUND', message: 'Store does not exist' } }, { category: 'not_found', sourceCode: 'STORE_NOT_FOUND' }),
  row('seed004 500 DATABASE_TIMEOUT', 500, { code: 500, status: 'error', error: { code: 'DATABASE_TIMEOUT', message: 'Database operation timed out' } }, { category: 'server', sourceCode: 'DATABASE_TIMEOUT' }),
  row('wcpos 401 API02002 flat', 401, { code: 'API02002', message: 'Your session has expired' }, { category: 'authentication', sourceCode: 'API02002' }),
  row('wcpos 403 API02005 nested', 403, { error: { code: 'API02005', message: 'Your user role lacks required permissions' } }, { category: 'authorization', sourceCode: 'API02005' }),
  row('wcpos 404 API05002 plugin missing', 404, { code: 'API05002', message: 'The WCPOS plugin is not installed', data: { status: 404 } }, { category: 'integration', sourceCode: 'API05002', retryable: false }),
  row('wcpos 429 API03005', 429, { code: 'API03005', message: 'Too many requests in a short time' }, { category: 'rate_limit', sourceCode: 'API03005', retryInSeconds: 10 }, { 'retry-after': '10' }),
];
