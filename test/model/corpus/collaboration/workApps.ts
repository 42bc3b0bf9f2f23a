// Work and business apps: Trello, Asana, monday.com, Calendly, DocuSign, Box, Dropbox Sign,
// Pipedrive, Zoho CRM, Nylas.
import { NOW_S, TEXT, type HttpRow } from '../row.js';

const asana = (message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, help: 'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors', ...extra }],
});
const box = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => ({
  type: 'error', status, code, help_url: 'http://developers.box.com/docs/#errors', message, request_id: `box${status}req7f3a`, ...extra,
});
const sign = (name: string, msg: string, path?: string) => ({ error: { error_msg: msg, ...(path !== undefined && { error_path: path }), error_name: name } });
const zoho = (code: string, message: string, details: Record<string, unknown> = {}) => ({ code, details, message, status: 'error' });
const nylas = (type: string, message: string) => ({ request_id: 'a1f3c9e2-6b7d-4e8f-9a0b-1c2d3e4f5a6b', error: { type, message } });

export const WORK_APPS: readonly HttpRow[] = [
  { name: 'Trello 401 text invalid token', status: 401, headers: TEXT, body: 'invalid token', expect: { category: 'authentication' } },
  { name: 'Trello 400 text invalid id', status: 400, headers: TEXT, body: 'invalid id', expect: { category: 'request' } },
  { name: 'Trello 404 text resource not found', status: 404, headers: TEXT, body: 'The requested resource was not found.', expect: { category: 'not_found' } },
  {
    name: 'Trello 429 API_TOKEN_LIMIT_EXCEEDED',
    status: 429,
    body: { error: 'API_TOKEN_LIMIT_EXCEEDED', message: 'Rate limit exceeded' },
    expect: { category: 'rate_limit', sourceCode: 'API_TOKEN_LIMIT_EXCEEDED' },
  },

  { name: 'Asana 400 missing input', status: 400, body: asana('workspace: Missing input'), expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Asana 401 Not Authorized', status: 401, body: asana('Not Authorized'), expect: { category: 'authentication' } },
  { name: 'Asana 403 Forbidden', status: 403, body: asana('Forbidden'), expect: { category: 'authorization' } },
  { name: 'Asana 404 unknown object', status: 404, body: asana('project: Unknown object: 1200000000000000'), expect: { category: 'not_found', fieldKeys: 'skip' } },
  {
    name: 'Asana 429 with Retry-After',
    status: 429,
    headers: { 'retry-after': '30' },
    body: asana('You have made too many requests recently. Please, be chill.'),
    expect: { category: 'rate_limit', retryInSeconds: 30 },
  },
  { name: 'Asana 500 with phrase', status: 500, body: asana('Server Error', { phrase: '6 sad squid snuggle softly' }), expect: { category: 'server' } },

  {
    name: 'monday.com 200 UserUnauthorizedException with status_code 403',
    status: 200,
    body: {
      data: [],
      errors: [{ message: 'User unauthorized to perform action', locations: [{ line: 2, column: 3 }], path: ['me'], extensions: { code: 'UserUnauthorizedException', error_data: {}, status_code: 403 } }],
      account_id: 123456,
      extensions: { request_id: 'd2a4c6e8-0b1d-4f3a-8c5e-7a9b1c3d5e7f' },
    },
    expect: { category: 'authorization', status: 403, sourceCode: 'UserUnauthorizedException', requestId: 'd2a4c6e8-0b1d-4f3a-8c5e-7a9b1c3d5e7f' },
  },
  {
    name: 'monday.com 200 legacy ComplexityException status_code 429',
    status: 200,
    headers: { 'retry-after': '3' },
    body: {
      error_code: 'ComplexityException',
      status_code: 429,
      error_message: 'Complexity budget exhausted, query cost 30001 budget remaining 19986 out of 1000000 reset in 3 seconds',
      error_data: {},
      errors: ['Complexity budget exhausted, query cost 30001 budget remaining 19986 out of 1000000 reset in 3 seconds'],
      account_id: 1234567890,
    },
    expect: { category: 'rate_limit', status: 'skip', sourceCode: 'ComplexityException', retryInSeconds: 3 },
  },
  {
    name: 'monday.com 429 COMPLEXITY_BUDGET_EXHAUSTED with Retry-After',
    status: 429,
    headers: { 'retry-after': '60' },
    body: { errors: [{ message: 'Complexity budget exhausted', extensions: { code: 'COMPLEXITY_BUDGET_EXHAUSTED', retry_in_seconds: 60 } }] },
    expect: { category: 'rate_limit', sourceCode: 'COMPLEXITY_BUDGET_EXHAUSTED', retryInSeconds: 60 },
  },

  { name: 'Calendly 401 access token invalid', status: 401, body: { title: 'Unauthenticated', message: 'The access token is invalid' }, expect: { category: 'authentication' } },
  { name: 'Calendly 403 permission denied', status: 403, body: { title: 'Permission Denied', message: 'You do not have permission to access this resource.' }, expect: { category: 'authorization' } },
  { name: 'Calendly 404 resource not found', status: 404, body: { title: 'Resource Not Found', message: 'The server could not find the requested resource.' }, expect: { category: 'not_found' } },
  {
    name: 'Calendly 400 invalid argument with parameter details',
    status: 400,
    body: { title: 'Invalid Argument', message: 'The supplied parameters are invalid.', details: [{ parameter: 'user', message: 'must be a valid URI' }] },
    expect: { category: 'request', fieldKeys: ['user'] },
  },
  {
    name: 'Calendly 429 with X-RateLimit-Reset seconds',
    status: 429,
    headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '25' },
    body: { title: 'Too Many Requests', message: 'You have exceeded the rate limit. Please try again later.' },
    expect: { category: 'rate_limit', retryInSeconds: 25 },
  },

  {
    name: 'DocuSign 401 USER_AUTHENTICATION_FAILED',
    status: 401,
    body: { errorCode: 'USER_AUTHENTICATION_FAILED', message: 'One or both of Username and Password are invalid. Invalid access token' },
    expect: { category: 'authentication', sourceCode: 'USER_AUTHENTICATION_FAILED' },
  },
  {
    name: 'DocuSign 401 AUTHORIZATION_INVALID_TOKEN',
    status: 401,
    body: { errorCode: 'AUTHORIZATION_INVALID_TOKEN', message: 'The access token provided is expired, revoked or malformed.' },
    expect: { category: 'authentication', sourceCode: 'AUTHORIZATION_INVALID_TOKEN' },
  },
  {
    name: 'DocuSign 400 ENVELOPE_DOES_NOT_EXIST',
    status: 400,
    body: { errorCode: 'ENVELOPE_DOES_NOT_EXIST', message: 'The envelope specified either does not exist or you have no rights to it.' },
    expect: { category: 'not_found', sourceCode: 'ENVELOPE_DOES_NOT_EXIST' },
  },
  {
    name: 'DocuSign 400 HOURLY_APIINVOCATION_LIMIT_EXCEEDED with reset epoch',
    status: 400,
    headers: { 'x-ratelimit-limit': '3000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 1800) },
    body: { errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.' },
    expect: { category: 'rate_limit', sourceCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', retryInSeconds: 1800 },
  },
  {
    name: 'DocuSign 400 INVALID_REQUEST_BODY',
    status: 400,
    body: { errorCode: 'INVALID_REQUEST_BODY', message: 'The request body is missing or improperly formatted. Unexpected character encountered while parsing value.' },
    expect: { category: 'request', sourceCode: 'INVALID_REQUEST_BODY' },
  },
  {
    name: 'DocuSign 400 USER_LACKS_PERMISSIONS',
    status: 400,
    body: { errorCode: 'USER_LACKS_PERMISSIONS', message: 'This user lacks sufficient permissions to access this resource.' },
    expect: { category: 'authorization', sourceCode: 'USER_LACKS_PERMISSIONS' },
  },
  {
    name: 'DocuSign 401 PARTNER_AUTHENTICATION_FAILED',
    status: 401,
    body: { errorCode: 'PARTNER_AUTHENTICATION_FAILED', message: 'The specified Integrator Key was not found or is disabled. An Integrator key was not specified.' },
    expect: { category: 'authentication', sourceCode: 'PARTNER_AUTHENTICATION_FAILED' },
  },
  {
    name: 'DocuSign OAuth 400 consent_required',
    status: 400,
    body: { error: 'consent_required' },
    expect: { category: 'authentication', sourceCode: 'consent_required' },
  },

  {
    name: 'Box 404 not_found with request_id',
    status: 404,
    body: box(404, 'not_found', 'Not Found', { context_info: { errors: [{ reason: 'invalid_parameter', name: 'folder', message: "Invalid value 'd_123'. 'folder' with value 'd_123' not found" }] } }),
    expect: { category: 'not_found', sourceCode: 'not_found', requestId: 'box404req7f3a', fieldKeys: 'skip' },
  },
  {
    name: 'Box 400 bad_request naming the parameter',
    status: 400,
    body: box(400, 'bad_request', 'Bad Request', { context_info: { errors: [{ reason: 'invalid_parameter', name: 'parent', message: "Invalid value 'abc'. 'parent' with value 'abc' not found" }] } }),
    expect: { category: 'request', sourceCode: 'bad_request', fieldKeys: ['parent'] },
  },
  {
    name: 'Box 401 empty body with WWW-Authenticate invalid_token',
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."' },
    body: '',
    expect: { category: 'authentication' },
  },
  {
    name: 'Box 403 access_denied_insufficient_permissions',
    status: 403,
    body: box(403, 'access_denied_insufficient_permissions', 'Access denied - insufficient permission'),
    expect: { category: 'authorization', sourceCode: 'access_denied_insufficient_permissions', requestId: 'box403req7f3a' },
  },
  {
    name: 'Box 409 item_name_in_use',
    status: 409,
    body: box(409, 'item_name_in_use', 'Item with the same name already exists', { context_info: { conflicts: [{ type: 'file', id: '12345', name: 'report.pdf' }] } }),
    expect: { category: 'conflict', sourceCode: 'item_name_in_use', fieldKeys: 'skip' },
  },
  {
    name: 'Box 412 precondition_failed',
    status: 412,
    body: box(412, 'precondition_failed', 'The resource has been modified. Please retrieve the resource again and retry'),
    expect: { category: 'conflict', sourceCode: 'precondition_failed' },
  },
  {
    name: 'Box 429 rate_limit_exceeded with Retry-After',
    status: 429,
    headers: { 'retry-after': '12' },
    body: box(429, 'rate_limit_exceeded', 'Request rate limit exceeded, please try again later'),
    expect: { category: 'rate_limit', sourceCode: 'rate_limit_exceeded', retryInSeconds: 12 },
  },

  { name: 'Dropbox Sign 401 unauthorized api key', status: 401, body: sign('unauthorized', 'Unauthorized api key'), expect: { category: 'authentication', sourceCode: 'unauthorized' } },
  {
    name: 'Dropbox Sign 400 bad_request with error_path',
    status: 400,
    body: sign('bad_request', 'Must specify a valid email address for signer 1', 'signers[0].email_address'),
    expect: { category: 'request', sourceCode: 'bad_request', fieldKeys: ['signers.0.email_address'] },
  },
  { name: 'Dropbox Sign 403 forbidden', status: 403, body: sign('forbidden', 'You do not have access to this resource.'), expect: { category: 'authorization', sourceCode: 'forbidden' } },
  { name: 'Dropbox Sign 404 not_found', status: 404, body: sign('not_found', 'Not found'), expect: { category: 'not_found', sourceCode: 'not_found' } },
  {
    name: 'Dropbox Sign 429 exceeded_rate with reset epoch',
    status: 429,
    headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 40) },
    body: sign('exceeded_rate', 'Rate limit exceeded'),
    expect: { category: 'rate_limit', sourceCode: 'exceeded_rate', retryInSeconds: 40 },
  },
  { name: 'Dropbox Sign 410 deleted', status: 410, body: sign('deleted', 'This resource has been deleted'), expect: { category: 'not_found', sourceCode: 'deleted' } },

  {
    name: 'Pipedrive 401 unauthorized access',
    status: 401,
    body: { success: false, error: 'unauthorized access', errorCode: 401, error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.', data: null, additional_data: null },
    expect: { category: 'authentication' },
  },
  {
    name: 'Pipedrive 404 deal not found',
    status: 404,
    body: { success: false, error: 'Deal not found', error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.', data: null, additional_data: null },
    expect: { category: 'not_found' },
  },
  {
    name: 'Pipedrive 429 request over limit',
    status: 429,
    headers: { 'x-ratelimit-limit': '80', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' },
    body: { success: false, error: 'Request over limit', errorCode: 429, error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.', data: null, additional_data: null },
    expect: { category: 'rate_limit', retryInSeconds: 2 },
  },
  {
    name: 'Pipedrive 403 no permission',
    status: 403,
    body: { success: false, error: 'You do not have permissions to do this.', errorCode: 403, error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.', data: null, additional_data: null },
    expect: { category: 'authorization' },
  },

  { name: 'Zoho CRM 401 INVALID_TOKEN', status: 401, body: zoho('INVALID_TOKEN', 'invalid oauth token'), expect: { category: 'authentication', sourceCode: 'INVALID_TOKEN' } },
  {
    name: 'Zoho CRM 401 OAUTH_SCOPE_MISMATCH',
    status: 401,
    body: zoho('OAUTH_SCOPE_MISMATCH', 'invalid oauth scope to access this URL'),
    expect: { category: 'authorization', sourceCode: 'OAUTH_SCOPE_MISMATCH' },
  },
  {
    name: 'Zoho CRM 400 record MANDATORY_NOT_FOUND inside data[]',
    status: 400,
    body: { data: [zoho('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Last_Name', json_path: '$.data[0].Last_Name' })] },
    expect: { category: 'request', fieldKeys: 'skip' },
  },
  {
    name: 'Zoho CRM 400 REQUIRED_PARAM_MISSING',
    status: 400,
    body: zoho('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param: 'fields' }),
    expect: { category: 'request', sourceCode: 'REQUIRED_PARAM_MISSING', fieldKeys: 'skip' },
  },
  { name: 'Zoho CRM 429 TOO_MANY_REQUESTS', status: 429, body: zoho('TOO_MANY_REQUESTS', 'The number of API requests has exceeded the allowed limit.'), expect: { category: 'rate_limit', sourceCode: 'TOO_MANY_REQUESTS' } },
  { name: 'Zoho CRM 404 INVALID_URL_PATTERN', status: 404, body: zoho('INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one'), expect: { category: 'not_found', sourceCode: 'INVALID_URL_PATTERN' } },

  {
    name: 'Nylas v3 401 api.authentication_error',
    status: 401,
    body: nylas('api.authentication_error', 'Unauthorized'),
    expect: { category: 'authentication', sourceCode: 'api.authentication_error', requestId: 'a1f3c9e2-6b7d-4e8f-9a0b-1c2d3e4f5a6b' },
  },
  { name: 'Nylas v3 404 api.not_found_error', status: 404, body: nylas('api.not_found_error', 'Resource not found.'), expect: { category: 'not_found', sourceCode: 'api.not_found_error' } },
  { name: 'Nylas v3 429 api.rate_limit_error', status: 429, body: nylas('api.rate_limit_error', 'Rate limit error.'), expect: { category: 'rate_limit', sourceCode: 'api.rate_limit_error' } },
  { name: 'Nylas v3 400 token.unauthorized_access invalid API key', status: 400, body: nylas('token.unauthorized_access', 'Invalid API key.'), expect: { category: 'authentication', sourceCode: 'token.unauthorized_access' } },
  { name: 'Nylas v3 423 api.resource_blocked', status: 423, body: nylas('api.resource_blocked', 'Resource blocked, contact administrator.'), expect: { category: 'conflict', sourceCode: 'api.resource_blocked' } },
  { name: 'Nylas v3 504 api.provider_error', status: 504, body: nylas('api.provider_error', 'Provider error message.'), expect: { category: 'server', sourceCode: 'api.provider_error' } },
];
