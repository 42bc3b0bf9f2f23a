// Hosting, storage and developer platforms: DigitalOcean, Linode (Akamai Cloud), Hetzner Cloud,
// Fly.io, Backblaze B2, Fastly, Gitea, CircleCI.
import { HTML, NOW_S, type HttpRow } from '../row.js';

const linode = (...errors: { field?: string; reason: string }[]) => ({ errors });
const hetzner = (code: string, message: string, details: Record<string, unknown> = {}) => ({ error: { code, message, details } });
const b2 = (status: number, code: string, message: string) => ({ status, code, message });
const gitea = (message: string, extra: Record<string, unknown> = {}) => ({ ...extra, message, url: 'https://gitea.example.com/api/swagger' });

export const HOSTING: readonly HttpRow[] = [
  { name: 'DigitalOcean 401 Unauthorized id', status: 401, body: { id: 'Unauthorized', message: 'Unable to authenticate you' }, expect: { category: 'authentication', sourceCode: 'Unauthorized' } },
  {
    name: 'DigitalOcean 404 not_found with request_id',
    status: 404,
    body: { id: 'not_found', message: 'The resource you were accessing could not be found.', request_id: '4851a473-1621-42ea-b2f9-5071c0ea8414' },
    expect: { category: 'not_found', sourceCode: 'not_found', requestId: '4851a473-1621-42ea-b2f9-5071c0ea8414' },
  },
  {
    name: 'DigitalOcean 429 too_many_requests with ratelimit-reset epoch',
    status: 429,
    headers: { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW_S + 600) },
    body: { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
    expect: { category: 'rate_limit', sourceCode: 'too_many_requests', retryInSeconds: 600 },
  },
  {
    name: 'DigitalOcean 422 unprocessable_entity',
    status: 422,
    body: { id: 'unprocessable_entity', message: 'You specified an invalid size for Droplet creation.', request_id: 'b2c3d4e5-0000-4a4a-8b8b-0123456789ab' },
    expect: { category: 'request', sourceCode: 'unprocessable_entity' },
  },
  { name: 'DigitalOcean 403 forbidden', status: 403, body: { id: 'forbidden', message: 'You do not have access for the attempted action.' }, expect: { category: 'authorization', sourceCode: 'forbidden' } },
  { name: 'DigitalOcean 500 server_error', status: 500, body: { id: 'server_error', message: 'Server was unable to give you a response.' }, expect: { category: 'server', sourceCode: 'server_error' } },

  { name: 'Linode 401 Invalid Token', status: 401, body: linode({ reason: 'Invalid Token' }), expect: { category: 'authentication' } },
  {
    name: 'Linode 400 field reason',
    status: 400,
    body: linode({ field: 'label', reason: 'Label must be unique among your Linodes' }),
    expect: { category: 'request', fieldKeys: ['label'] },
  },
  {
    name: 'Linode 400 two required fields',
    status: 400,
    body: linode({ field: 'region', reason: 'region is required' }, { field: 'type', reason: 'type is required' }),
    expect: { category: 'request', fieldKeys: ['region', 'type'] },
  },
  { name: 'Linode 404 Not found', status: 404, body: linode({ reason: 'Not found' }), expect: { category: 'not_found' } },
  {
    name: 'Linode 429 with X-RateLimit-Reset epoch',
    status: 429,
    headers: { 'x-ratelimit-limit': '800', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_S + 15) },
    body: linode({ reason: 'Too many requests' }),
    expect: { category: 'rate_limit', retryInSeconds: 15 },
  },

  { name: 'Hetzner 401 unauthorized', status: 401, body: hetzner('unauthorized', 'unable to authenticate'), expect: { category: 'authentication', sourceCode: 'unauthorized' } },
  {
    name: 'Hetzner 403 token_readonly',
    status: 403,
    body: hetzner('token_readonly', 'The token is only allowed to perform GET requests.'),
    expect: { category: 'authorization', sourceCode: 'token_readonly' },
  },
  {
    name: 'Hetzner 400 invalid_input with details.fields',
    status: 400,
    body: hetzner('invalid_input', "invalid input in field 'server_type'", { fields: [{ name: 'server_type', messages: ['Missing data for required field.'] }] }),
    expect: { category: 'request', sourceCode: 'invalid_input', fieldKeys: ['server_type'] },
  },
  { name: 'Hetzner 404 not_found', status: 404, body: hetzner('not_found', 'server with ID 42 not found'), expect: { category: 'not_found', sourceCode: 'not_found' } },
  {
    name: 'Hetzner 409 uniqueness_error',
    status: 409,
    body: hetzner('uniqueness_error', 'SSH key with the same fingerprint already exists', { fields: [{ name: 'public_key' }] }),
    expect: { category: 'conflict', sourceCode: 'uniqueness_error', fieldKeys: 'skip' },
  },
  { name: 'Hetzner 423 locked', status: 423, body: hetzner('locked', 'server is locked'), expect: { category: 'conflict', sourceCode: 'locked' } },
  {
    name: 'Hetzner 429 rate_limit_exceeded with RateLimit-Reset epoch',
    status: 429,
    headers: { 'ratelimit-limit': '3600', 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW_S + 36) },
    body: hetzner('rate_limit_exceeded', 'limit of 3600 requests per hour reached'),
    expect: { category: 'rate_limit', sourceCode: 'rate_limit_exceeded', retryInSeconds: 36 },
  },
  { name: 'Hetzner 503 maintenance', status: 503, body: hetzner('maintenance', 'Cannot perform operation due to maintenance'), expect: { category: 'server', sourceCode: 'maintenance' } },

  {
    name: 'Fly.io Machines 404 with fly-request-id',
    status: 404,
    headers: { 'fly-request-id': '01JNA3W5V2T9RZQX6M8K4H7D2C-fra' },
    body: { error: 'machine not found' },
    expect: { category: 'not_found', requestId: '01JNA3W5V2T9RZQX6M8K4H7D2C-fra' },
  },
  { name: 'Fly.io Machines 401 unauthorized', status: 401, body: { error: 'unauthorized' }, expect: { category: 'authentication' } },

  { name: 'Backblaze B2 401 expired_auth_token', status: 401, body: b2(401, 'expired_auth_token', 'Authorization token has expired'), expect: { category: 'authentication', sourceCode: 'expired_auth_token' } },
  { name: 'Backblaze B2 401 bad_auth_token', status: 401, body: b2(401, 'bad_auth_token', 'Invalid authorization token'), expect: { category: 'authentication', sourceCode: 'bad_auth_token' } },
  { name: 'Backblaze B2 400 bad_request', status: 400, body: b2(400, 'bad_request', 'fileName must be at least 1 character'), expect: { category: 'request', sourceCode: 'bad_request' } },
  { name: 'Backblaze B2 404 not_found', status: 404, body: b2(404, 'not_found', 'File with such name does not exist.'), expect: { category: 'not_found', sourceCode: 'not_found' } },
  {
    name: 'Backblaze B2 403 transaction_cap_exceeded (daily cap = quota)',
    status: 403,
    body: b2(403, 'transaction_cap_exceeded', 'Transaction cap exceeded, see the Caps & Alerts page to increase your cap'),
    expect: { category: 'rate_limit', sourceCode: 'transaction_cap_exceeded' },
  },
  {
    name: 'Backblaze B2 403 download_cap_exceeded (daily cap = quota)',
    status: 403,
    body: b2(403, 'download_cap_exceeded', 'Cannot download file, download bandwidth or transaction (Class B) cap exceeded.'),
    expect: { category: 'rate_limit', sourceCode: 'download_cap_exceeded' },
  },
  { name: 'Backblaze B2 429 too_many_requests', status: 429, body: b2(429, 'too_many_requests', 'Too many requests'), expect: { category: 'rate_limit', sourceCode: 'too_many_requests' } },
  { name: 'Backblaze B2 503 service_unavailable', status: 503, body: b2(503, 'service_unavailable', 'c001_v0001023_t0012 no tomes available'), expect: { category: 'server', sourceCode: 'service_unavailable' } },

  { name: 'Fastly API 401 credentials missing or invalid', status: 401, body: { msg: 'Provided credentials are missing or invalid' }, expect: { category: 'authentication' } },
  { name: 'Fastly API 404 record not found', status: 404, body: { msg: 'Record not found', detail: "Couldn't find Service '[\"SU1Z0isxPaozGVKXdv0eY\"]'" }, expect: { category: 'not_found' } },
  {
    name: 'Fastly edge 503 Guru Meditation page',
    status: 503,
    headers: { ...HTML, 'x-served-by': 'cache-fra-eddf8230123-FRA', 'x-cache': 'MISS' },
    body: '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 backend read error</title>\n  </head>\n  <body>\n    <h1>Error 503 backend read error</h1>\n    <p>backend read error</p>\n    <h3>Guru Mediation:</h3>\n    <p>Details: cache-fra-eddf8230123-FRA 1740830400 2837465839</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
    expect: { category: 'server' },
  },
  {
    name: 'Fastly 500 unknown domain page',
    status: 500,
    headers: HTML,
    body: '<html><head><title>Fastly error: unknown domain shop.example.com</title></head><body><p>Fastly error: unknown domain: shop.example.com. Please check that this domain has been added to a service.</p><p>Details: cache-ams21043-AMS</p></body></html>',
    expect: { category: 'server' },
  },

  { name: 'Gitea 401 token is required', status: 401, body: gitea('token is required'), expect: { category: 'authentication' } },
  {
    name: 'Gitea 403 token lacks required scope',
    status: 403,
    body: gitea('token does not have at least one of required scope(s): [write:repository]'),
    expect: { category: 'authorization' },
  },
  {
    name: 'Gitea 404 target not found',
    status: 404,
    body: gitea("The target couldn't be found.", { errors: ['user redirect does not exist [name: ghost]'] }),
    expect: { category: 'not_found' },
  },
  { name: 'Gitea 422 binding error', status: 422, body: gitea('[Name]: Required'), expect: { category: 'request', fieldKeys: 'skip' } },
  { name: 'Gitea 409 repository exists', status: 409, body: gitea('The repository with the same name already exists.'), expect: { category: 'conflict' } },

  { name: 'CircleCI 401 must log in', status: 401, body: { message: 'You must log in first.' }, expect: { category: 'authentication' } },
  { name: 'CircleCI 404 project not found', status: 404, body: { message: 'Project not found' }, expect: { category: 'not_found' } },
  { name: 'CircleCI 429 with Retry-After', status: 429, headers: { 'retry-after': '15' }, body: { message: 'Too many requests' }, expect: { category: 'rate_limit', retryInSeconds: 15 } },
];
