// Content, search and media APIs: Contentful, Sanity, Algolia, Elasticsearch, OpenSearch,
// Cloudinary, Mux.
import { httpDate, type HttpRow } from '../row.js';

const contentful = (id: string, message: string, extra: Record<string, unknown> = {}) => ({
  sys: { type: 'Error', id }, message, ...extra, requestId: `cf-${id}-7c1e`,
});
const es = (status: number, type: string, reason: string, extra: Record<string, unknown> = {}) => ({
  error: { root_cause: [{ type, reason, ...extra }], type, reason, ...extra },
  status,
});
const mux = (type: string, message: string) => ({ error: { type, messages: [message] } });

export const DATA_CONTENT: readonly HttpRow[] = [
  {
    name: 'Contentful 401 AccessTokenInvalid',
    status: 401,
    body: contentful('AccessTokenInvalid', 'The access token you sent could not be found or is invalid.'),
    expect: { category: 'authentication', sourceCode: 'AccessTokenInvalid', requestId: 'cf-AccessTokenInvalid-7c1e' },
  },
  {
    name: 'Contentful 404 NotFound',
    status: 404,
    body: contentful('NotFound', 'The resource could not be found.', { details: { type: 'Entry', id: 'nyancat', space: 'cfexampleapi' } }),
    expect: { category: 'not_found', sourceCode: 'NotFound', requestId: 'cf-NotFound-7c1e' },
  },
  {
    name: 'Contentful 409 VersionMismatch',
    status: 409,
    body: contentful('VersionMismatch', 'Version mismatch error. The version you specified was incorrect. This may be due to someone else editing the content.'),
    expect: { category: 'conflict', sourceCode: 'VersionMismatch' },
  },
  {
    name: 'Contentful 422 ValidationFailed with field path',
    status: 422,
    body: contentful('ValidationFailed', 'Validation error', { details: { errors: [{ name: 'required', path: ['fields', 'title'], details: 'The property "title" is required here' }] } }),
    expect: { category: 'request', sourceCode: 'ValidationFailed', fieldKeys: ['fields.title'] },
  },
  {
    name: 'Contentful 429 RateLimitExceeded',
    status: 429,
    headers: { 'x-contentful-ratelimit-reset': '1', 'x-contentful-ratelimit-second-limit': '10', 'x-contentful-ratelimit-second-remaining': '0' },
    body: contentful('RateLimitExceeded', 'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.'),
    expect: { category: 'rate_limit', sourceCode: 'RateLimitExceeded' },
  },
  {
    name: 'Contentful 403 AccessDenied',
    status: 403,
    body: contentful('AccessDenied', 'Forbidden', { details: { reasons: 'Your role does not allow this action' } }),
    expect: { category: 'authorization', sourceCode: 'AccessDenied' },
  },
  {
    name: 'Contentful 400 InvalidQuery',
    status: 400,
    body: contentful('InvalidQuery', 'The query you sent was invalid. Probably a filter or ordering specification is not applicable to the type of a field.', { details: { errors: [{ name: 'unknown', path: ['fields', 'nope'], details: 'The path "fields.nope" is not recognized' }] } }),
    expect: { category: 'request', sourceCode: 'InvalidQuery', fieldKeys: 'skip' },
  },
  { name: 'Contentful 500 ServerError', status: 500, body: contentful('ServerError', 'Internal server error'), expect: { category: 'server', sourceCode: 'ServerError' } },

  { name: 'Sanity 401 session does not match project', status: 401, body: { error: 'Unauthorized', message: 'Session does not match project host', statusCode: 401 }, expect: { category: 'authentication' } },
  {
    name: 'Sanity 400 queryParseError',
    status: 400,
    body: { error: { description: "expected '}' following object body", start: 24, end: 25, query: '*[_type == "movie"]{title', type: 'queryParseError' } },
    expect: { category: 'request', sourceCode: 'queryParseError' },
  },
  {
    name: 'Sanity 409 mutationError document already exists',
    status: 409,
    body: {
      error: {
        description: 'The mutation(s) failed: Document by ID "movie_10681" already exists',
        items: [{ error: { description: 'Document by ID "movie_10681" already exists', id: 'movie_10681', type: 'documentAlreadyExistsError' }, index: 0 }],
        type: 'mutationError',
      },
    },
    expect: { category: 'conflict', sourceCode: 'mutationError' },
  },
  {
    name: 'Sanity 403 insufficient permissions',
    status: 403,
    body: { error: 'Forbidden', message: 'Insufficient permissions; permission "update" required', statusCode: 403 },
    expect: { category: 'authorization' },
  },
  { name: 'Sanity 429 Too Many Requests', status: 429, body: { error: 'Too Many Requests', message: 'API rate limit exceeded', statusCode: 429 }, expect: { category: 'rate_limit' } },

  { name: 'Algolia 404 index does not exist', status: 404, body: { message: 'Index does not exist', status: 404 }, expect: { category: 'not_found' } },
  { name: 'Algolia 400 invalid numeric filter', status: 400, body: { message: 'Invalid syntax for numeric condition:price<', status: 400 }, expect: { category: 'request' } },
  { name: 'Algolia 403 method not allowed with this API key', status: 403, body: { message: 'Method not allowed with this API key', status: 403 }, expect: { category: 'authorization' } },
  { name: 'Algolia 429 too many requests', status: 429, body: { message: 'Too many requests', status: 429 }, expect: { category: 'rate_limit' } },

  {
    name: 'Elasticsearch 404 index_not_found_exception',
    status: 404,
    body: es(404, 'index_not_found_exception', 'no such index [orders]', { 'resource.type': 'index_or_alias', 'resource.id': 'orders', index_uuid: '_na_', index: 'orders' }),
    expect: { category: 'not_found', sourceCode: 'index_not_found_exception' },
  },
  {
    name: 'Elasticsearch 409 version_conflict_engine_exception',
    status: 409,
    body: es(409, 'version_conflict_engine_exception', '[1]: version conflict, required seqNo [5], primary term [1]. current document has seqNo [6] and primary term [1]', { index_uuid: 'x1y2z3', shard: '0', index: 'orders' }),
    expect: { category: 'conflict', sourceCode: 'version_conflict_engine_exception' },
  },
  {
    name: 'Elasticsearch 400 mapper_parsing_exception',
    status: 400,
    body: es(400, 'mapper_parsing_exception', "failed to parse field [price] of type [float] in document with id '1'. Preview of field's value: 'abc'"),
    expect: { category: 'request', sourceCode: 'mapper_parsing_exception', fieldKeys: 'skip' },
  },
  {
    name: 'Elasticsearch 400 parsing_exception',
    status: 400,
    body: es(400, 'parsing_exception', 'unknown query [mach] did you mean [match]?', { line: 1, col: 19 }),
    expect: { category: 'request', sourceCode: 'parsing_exception' },
  },
  {
    name: 'Elasticsearch 401 security_exception missing credentials',
    status: 401,
    headers: { 'www-authenticate': 'Basic realm="security" charset="UTF-8"' },
    body: es(401, 'security_exception', 'missing authentication credentials for REST request [/orders/_search]', { header: { 'WWW-Authenticate': ['Basic realm="security" charset="UTF-8"', 'ApiKey'] } }),
    expect: { category: 'authentication', sourceCode: 'security_exception' },
  },
  {
    name: 'Elasticsearch 403 security_exception action is unauthorized for user',
    status: 403,
    body: es(403, 'security_exception', 'action [indices:data/read/search] is unauthorized for user [reader] with effective roles [reader] on indices [orders], this action is granted by the index privileges [read,all]'),
    expect: { category: 'authorization', sourceCode: 'security_exception' },
  },
  {
    name: 'Elasticsearch 429 es_rejected_execution_exception',
    status: 429,
    body: es(429, 'es_rejected_execution_exception', 'rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=107375527, max_coordinating_and_primary_bytes=107374182]'),
    expect: { category: 'rate_limit', sourceCode: 'es_rejected_execution_exception' },
  },
  {
    name: 'Elasticsearch 429 circuit_breaking_exception',
    status: 429,
    body: es(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] would be [1024000000/976.5mb], which is larger than the limit of [1020054732/972.7mb]', { bytes_wanted: 1024000000, bytes_limit: 1020054732, durability: 'TRANSIENT' }),
    expect: { category: 'rate_limit', sourceCode: 'circuit_breaking_exception' },
  },
  {
    name: 'Elasticsearch 503 cluster_block_exception state not recovered',
    status: 503,
    body: es(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];'),
    expect: { category: 'server', sourceCode: 'cluster_block_exception' },
  },
  {
    name: 'OpenSearch 403 security_exception no permissions',
    status: 403,
    body: es(403, 'security_exception', 'no permissions for [indices:data/read/search] and User [name=reader, backend_roles=[], requestedTenant=null]'),
    expect: { category: 'authorization', sourceCode: 'security_exception' },
  },
  {
    name: 'OpenSearch 401 plain text Unauthorized',
    status: 401,
    headers: { 'content-type': 'text/plain; charset=UTF-8', 'www-authenticate': 'Basic realm="OpenSearch Security"' },
    body: 'Unauthorized',
    expect: { category: 'authentication' },
  },

  { name: 'Cloudinary 401 invalid api_key', status: 401, body: { error: { message: 'Invalid api_key 123456789012345' } }, expect: { category: 'authentication' } },
  { name: 'Cloudinary 404 resource not found', status: 404, body: { error: { message: 'Resource not found - sample_missing' } }, expect: { category: 'not_found' } },
  {
    name: 'Cloudinary Admin API 420 rate limited',
    status: 420,
    headers: { 'x-featureratelimit-limit': '500', 'x-featureratelimit-remaining': '0', 'x-featureratelimit-reset': httpDate(1800) },
    body: { error: { message: 'Rate Limit Exceeded' } },
    expect: { category: 'rate_limit' },
  },
  { name: 'Cloudinary 400 invalid image file', status: 400, body: { error: { message: 'Invalid image file' } }, expect: { category: 'request' } },

  { name: 'Mux 401 unauthorized', status: 401, body: mux('unauthorized', 'Unauthorized request'), expect: { category: 'authentication', sourceCode: 'unauthorized' } },
  { name: 'Mux 404 not_found', status: 404, body: mux('not_found', "The requested resource either doesn't exist or you don't have access to it."), expect: { category: 'not_found', sourceCode: 'not_found' } },
  { name: 'Mux 400 invalid_parameters', status: 400, body: mux('invalid_parameters', 'playback_policy is invalid'), expect: { category: 'request', sourceCode: 'invalid_parameters' } },
  { name: 'Mux 429 too_many_requests', status: 429, body: mux('too_many_requests', 'Too many requests, please try again later.'), expect: { category: 'rate_limit', sourceCode: 'too_many_requests' } },
];
