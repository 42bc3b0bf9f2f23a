// Rows where the contract can be read two ways. They run and print what the kit does, but they
// are not counted: each carries the reading the reviewer leans to and why it is uncertain.
import type { HttpRow } from './blindRow.js';

export interface AmbiguousRow extends HttpRow {
  readonly why: string;
}

const wp = (code: string, message: string, status: number) => ({ code, message, data: { status } });

export const AMBIGUOUS: readonly AmbiguousRow[] = [
  {
    name: 'WordPress 404 rest_no_route',
    status: 404,
    body: wp('rest_no_route', 'No route was found matching the URL and request method.', 404),
    expect: { category: 'not_found', sourceCode: 'rest_no_route' },
    why: 'not_found for an arbitrary URL, but for a WooCommerce/WCPOS route it means the plugin is missing or outdated (integration, API05xxx).',
  },
  {
    name: 'Apollo 200 PERSISTED_QUERY_NOT_FOUND',
    status: 200,
    body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    expect: { category: 'not_found', sourceCode: 'PERSISTED_QUERY_NOT_FOUND' },
    why: 'The *_NOT_FOUND word rule says not_found; semantically it is a protocol signal that the client resends the full query (request, retryable).',
  },
  {
    name: 'Airtable 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
    status: 403,
    body: { error: { type: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', message: 'Invalid permissions, or the requested model was not found.' } },
    expect: { category: 'authorization' },
    why: 'The code names both; code words (NOT_FOUND) rank above the status (403) in the contract, the status says authorization.',
  },
  {
    name: 'Telegram 400 chat not found',
    status: 400,
    body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    expect: { category: 'not_found' },
    why: 'Only the description says "not found"; the only code is the status 400.',
  },
  {
    name: 'Salesforce 400 DUPLICATE_VALUE',
    status: 400,
    body: [{ message: 'duplicate value found: Email__c duplicates value on record with id: 003xx', errorCode: 'DUPLICATE_VALUE', fields: [] }],
    expect: { category: 'conflict', sourceCode: 'DUPLICATE_VALUE' },
    why: '"duplicate" is in the conflict definition, but the status is 400 (request).',
  },
  {
    name: 'Firebase 400 EMAIL_EXISTS',
    status: 400,
    body: { error: { code: 400, message: 'EMAIL_EXISTS', errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }] } },
    expect: { category: 'conflict' },
    why: 'A duplicate (conflict) answered as 400 (request).',
  },
  {
    name: 'DRF 400 non_field_errors on login',
    status: 400,
    body: { non_field_errors: ['Unable to log in with provided credentials.'] },
    expect: { category: 'authentication', fieldKeys: [] },
    why: 'Bad credentials (authentication) answered as 400; and whether non_field_errors becomes a key is not fixed.',
  },
  {
    name: 'JWT Auth 403 jwt_auth_bad_config',
    status: 403,
    body: wp('jwt_auth_bad_config', 'JWT is not configured properly, please contact the admin', 403),
    expect: { category: 'integration' },
    why: 'The site is missing a piece (integration) or it is a server-side setup error; not the client (configuration).',
  },
  {
    name: 'Cloudflare API 403 code 10000 Authentication error',
    status: 403,
    body: { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null },
    expect: { category: 'authentication' },
    why: 'Cloudflare answers bad tokens with 403 and a numeric code; only the message says authentication.',
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
    why: 'The client project lacks an enabled API: configuration, integration ("API disabled") or authorization (403).',
  },
  {
    name: 'API Gateway 403 Missing Authentication Token (really: no such route)',
    status: 403,
    headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException' },
    body: { message: 'Missing Authentication Token' },
    expect: { category: 'authentication' },
    why: 'The words say authentication; on API Gateway it usually means the route does not exist.',
  },
  {
    name: 'Amazon SP-API 403 Unauthorized',
    status: 403,
    headers: { 'x-amzn-requestid': 'sp-api-403-req' },
    body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: '' }] },
    expect: { category: 'authorization', sourceCode: 'Unauthorized', requestId: 'sp-api-403-req' },
    why: 'Amazon documents 403 Unauthorized as "access denied" (authorization), but the code word Unauthorized is HTTP 401\'s name (authentication) and codes outrank statuses.',
  },
];
