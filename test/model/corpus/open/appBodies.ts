// Open readings of app and backend bodies (Firebase, Meta, Trello, Algolia, Hetzner, Backblaze, QuickBooks, Appwrite...): the reasons are in ../unsettled.ts.
import type { HttpRow } from '../row.js';

export const OPEN_APP_BODIES: readonly HttpRow[] = [
  {
    name: 'Firebase REST 400 USER_NOT_FOUND on token refresh',
    status: 400,
    body: { error: { code: 400, message: 'USER_NOT_FOUND', status: 'INVALID_ARGUMENT' } },
    expect: { category: 'authentication', sourceCode: 'USER_NOT_FOUND' },
  },
  {
    name: 'Meta 400 code 100 subcode 33 object does not exist',
    status: 400,
    body: { error: { message: "Unsupported get request. Object with ID '123' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", type: 'GraphMethodException', code: 100, error_subcode: 33, fbtrace_id: 'AbC33' } },
    expect: { category: 'not_found' },
  },
  {
    name: 'Meta 400 code 506 duplicate post',
    status: 400,
    body: { error: { message: '(#506) Duplicate status message', type: 'OAuthException', code: 506, fbtrace_id: 'AbC506' } },
    expect: { category: 'conflict' },
  },
  {
    name: 'Trello 401 unauthorized permission requested',
    status: 401,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'unauthorized permission requested',
    expect: { category: 'authorization' },
  },
  {
    name: 'Algolia 403 invalid Application-ID or API key',
    status: 403,
    body: { message: 'Invalid Application-ID or API key', status: 403 },
    expect: { category: 'authentication' },
  },
  {
    name: 'Datadog 403 Forbidden (invalid API or application key)',
    status: 403,
    body: { errors: ['Forbidden'] },
    expect: { category: 'authentication' },
  },
  {
    name: 'Ably 401 40160 capability denies the action',
    status: 401,
    body: { error: { message: 'Channel denied access based on given capability', code: 40160, statusCode: 401, href: 'https://help.ably.io/error/40160' } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Amplitude 400 missing api_key field',
    status: 400,
    body: { code: 400, error: 'Request missing required field', missing_field: 'api_key' },
    expect: { category: 'authentication' },
  },
  {
    name: 'Elasticsearch 429 flood-stage read-only block',
    status: 429,
    body: { error: { root_cause: [{ type: 'cluster_block_exception', reason: 'index [orders] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];' }], type: 'cluster_block_exception', reason: 'index [orders] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];' }, status: 429 },
    expect: { category: 'server' },
  },
  {
    name: 'Hetzner 403 resource_limit_exceeded',
    status: 403,
    body: { error: { code: 'resource_limit_exceeded', message: 'project limit exceeded', details: { limits: [{ name: 'project_limit' }] } } },
    expect: { category: 'authorization' },
  },
  {
    name: 'Backblaze B2 401 unauthorized (key lacks capability)',
    status: 401,
    body: { status: 401, code: 'unauthorized', message: 'The application key does not have the capability writeFiles' },
    expect: { category: 'authorization' },
  },
  {
    name: 'Backblaze B2 403 storage_cap_exceeded',
    status: 403,
    body: { status: 403, code: 'storage_cap_exceeded', message: 'Cannot upload files, storage cap exceeded.' },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Wise 403 strong customer authentication required',
    status: 403,
    headers: { 'x-2fa-approval': 'be2f6579-9426-480b-9cb7-d8f1116cc8b9', 'x-2fa-approval-result': 'REJECTED' },
    body: { timestamp: '2025-03-01T12:00:00.000+0000', status: 403, error: 'Forbidden', message: 'You are forbidden to send this request', path: '/v1/profiles/12345/balance-statements/64/statement.json' },
    expect: { category: 'authorization' },
  },
  {
    name: 'QuickBooks 400 5010 stale object',
    status: 400,
    body: { Fault: { Error: [{ Message: 'Stale Object Error', Detail: 'Stale Object Error : You and Bob were working on this at the same time. Bob finished before you did, so your work was not saved.', code: '5010', element: '' }], type: 'ValidationFault' }, time: '2025-03-01T04:00:00.000-08:00' },
    expect: { category: 'conflict' },
  },
  {
    name: 'QuickBooks 400 610 object not found',
    status: 400,
    body: { Fault: { Error: [{ Message: 'Object Not Found', Detail: "Object Not Found : Something you're trying to use has been made inactive.", code: '610', element: '' }], type: 'ValidationFault' }, time: '2025-03-01T04:00:00.000-08:00' },
    expect: { category: 'not_found' },
  },
  {
    name: 'Appwrite 401 user_unauthorized',
    status: 401,
    body: { message: 'The current user is not authorized to perform the requested action.', code: 401, type: 'user_unauthorized', version: '1.6.0' },
    expect: { category: 'authorization' },
  },
  {
    name: 'Appwrite 503 general_service_disabled',
    status: 503,
    body: { message: 'The requested service is disabled. You can enable the service from the Appwrite console.', code: 503, type: 'general_service_disabled', version: '1.6.0' },
    expect: { category: 'integration' },
  },
  {
    name: 'PocketBase 400 failed to authenticate',
    status: 400,
    body: { status: 400, message: 'Failed to authenticate.', data: {} },
    expect: { category: 'authentication' },
  },
  {
    name: 'Directus 400 RECORD_NOT_UNIQUE',
    status: 400,
    body: { errors: [{ message: 'Value for field "email" in collection "directus_users" has to be unique.', extensions: { code: 'RECORD_NOT_UNIQUE', collection: 'directus_users', field: 'email' } }] },
    expect: { category: 'conflict', fieldKeys: 'skip' },
  },
];
