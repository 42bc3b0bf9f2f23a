// Open readings of platform bodies (WordPress, Apollo, Airtable, Salesforce, Firebase, AWS, Google...): the reasons are in ../unsettled.ts.
import type { HttpRow } from '../row.js';

const wp = (code: string, message: string, status: number) => ({ code, message, data: { status } });

export const OPEN_PLATFORM_BODIES: readonly HttpRow[] = [
  {
    name: 'WordPress 404 rest_no_route',
    status: 404,
    body: wp('rest_no_route', 'No route was found matching the URL and request method.', 404),
    expect: { category: 'not_found', sourceCode: 'rest_no_route' },
  },
  {
    name: 'Apollo 200 PERSISTED_QUERY_NOT_FOUND',
    status: 200,
    body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    expect: { category: 'not_found', sourceCode: 'PERSISTED_QUERY_NOT_FOUND' },
  },
  {
    name: 'Airtable 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
    status: 403,
    body: { error: { type: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', message: 'Invalid permissions, or the requested model was not found.' } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Telegram 400 chat not found',
    status: 400,
    body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    expect: { category: 'not_found' },
  },
  {
    name: 'Salesforce 400 DUPLICATE_VALUE',
    status: 400,
    body: [{ message: 'duplicate value found: Email__c duplicates value on record with id: 003xx', errorCode: 'DUPLICATE_VALUE', fields: [] }],
    expect: { category: 'conflict', sourceCode: 'DUPLICATE_VALUE' },
  },
  {
    name: 'Firebase 400 EMAIL_EXISTS',
    status: 400,
    body: { error: { code: 400, message: 'EMAIL_EXISTS', errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }] } },
    expect: { category: 'conflict' },
  },
  {
    name: 'DRF 400 non_field_errors on login',
    status: 400,
    body: { non_field_errors: ['Unable to log in with provided credentials.'] },
    expect: { category: 'authentication', fieldKeys: [] },
  },
  {
    name: 'JWT Auth 403 jwt_auth_bad_config',
    status: 403,
    body: wp('jwt_auth_bad_config', 'JWT is not configured properly, please contact the admin', 403),
    expect: { category: 'integration' },
  },
  {
    name: 'Cloudflare API 403 code 10000 Authentication error',
    status: 403,
    body: { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null },
    expect: { category: 'authentication' },
  },
  {
    name: 'Google 403 SERVICE_DISABLED',
    status: 403,
    body: {
      error: {
        code: 403,
        message: 'Cloud Translation API has not been used in project 123 before or it is disabled.',
        status: 'PERMISSION_DENIED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: { service: 'translate.googleapis.com' } }],
      },
    },
    expect: { category: 'configuration' },
  },
  {
    name: 'API Gateway 403 Missing Authentication Token (really: no such route)',
    status: 403,
    headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException' },
    body: { message: 'Missing Authentication Token' },
    expect: { category: 'authentication' },
  },
  {
    name: 'Amazon SP-API 403 Unauthorized',
    status: 403,
    headers: { 'x-amzn-requestid': 'sp-api-403-req' },
    body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: '' }] },
    expect: { category: 'authorization', sourceCode: 'Unauthorized', requestId: 'sp-api-403-req' },
  },
];
