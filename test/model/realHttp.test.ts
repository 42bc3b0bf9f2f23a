import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { registerApiErrorDialect } from '../../src/model/dialectRegistry.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { readJsonOrThrow } from '../../src/model/http/readJsonOrThrow.js';
import { testDialect } from './testDialects.js';

// Seed-style failures served by a real HTTP server, read by a real fetch.
const ROUTES: Readonly<Record<string, { status: number; headers: Record<string, string>; body: string }>> = {
  '/rate': {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '60', 'x-ratelimit-remaining': '0', 'x-request-id': 'req-429' },
    body: JSON.stringify({ code: 429, status: 'error', error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded.' } }),
  },
  '/expired': {
    status: 401,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'api_key_expired', message: 'The API key has expired', request_id: 'req_abc' }),
  },
  '/php': {
    status: 200,
    headers: { 'content-type': 'text/html; charset=UTF-8' },
    body: '<br />\n<b>Notice</b>: Undefined variable in <b>/srv/x.php</b><br />\n{"success":false,"message":"Validation failed","error_code":"VAL_001","errors":{"email":"Invalid email"}}',
  },
  '/ok': { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":7}' },
  '/gateway': { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
};

let server: Server;
let base = '';
let unregister: () => void = () => undefined;

beforeAll(async () => {
  unregister = registerApiErrorDialect(testDialect);
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''] ?? { status: 404, headers: {}, body: '' };
    res.writeHead(route.status, route.headers);
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  unregister();
  await new Promise((resolve) => server.close(resolve));
});

const get = async (path: string) => normalizeApiError(await ApiResponseError.fromResponse(await fetch(base + path), { method: 'GET', url: path }));

describe('real fetch against a local server', () => {
  it('429 with headers', async () => {
    const before = Date.now();
    const error = await get('/rate');
    expect(error).toMatchObject({ category: 'rate_limit', status: 429, sourceCode: 'RATE_LIMIT_EXCEEDED', requestId: 'req-429', retryable: true });
    expect(error.retryAt! - before).toBeGreaterThanOrEqual(59_000);
    expect(error.retryAt! - before).toBeLessThanOrEqual(62_000);
    expect(error.request).toEqual({ method: 'GET', url: '/rate' });
  });

  it('401 flat body', async () => {
    expect(await get('/expired')).toMatchObject({ code: 'API_KEY_EXPIRED', category: 'authentication', requestId: 'req_abc', retryable: false });
  });

  it('200 with PHP notice and a failure body', async () => {
    await expect(readJsonOrThrow(await fetch(`${base}/php`))).rejects.toBeInstanceOf(ApiResponseError);
    const error = await get('/php');
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', jsonRecovered: true, fieldErrors: { email: ['Invalid email'] } });
  });

  it('readJsonOrThrow returns data for a success', async () => {
    expect(await readJsonOrThrow<{ id: number }>(await fetch(`${base}/ok`))).toEqual({ id: 7 });
  });

  it('502 HTML page and an unknown path', async () => {
    expect(await get('/gateway')).toMatchObject({ code: 'BAD_GATEWAY', category: 'server', retryable: true });
    expect(await get('/nope')).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const thrown = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(normalizeApiError(thrown)).toMatchObject({ code: 'CONNECTION_REFUSED', sourceCode: 'ECONNREFUSED', category: 'connection' });
  });
});
