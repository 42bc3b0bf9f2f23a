import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Reply = { status: number; headers?: Record<string, string>; body: unknown };

/** What a route's loader meets on its first call; every later call succeeds. */
const FIRST_FAILURES: Record<string, Reply> = {
  rate: { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'RATE_LIMITED', message: 'Slow down' } } },
  down: { status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Down for maintenance' }, request_id: 'req-503' } },
  missing: {
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: 'https://example.com/probs/missing', title: 'Not found', status: 404, detail: 'No order 42.', instance: '/orders/42' },
  },
};

/** 422 answers to a form post, one per dialect; each names a field the form has not (`coupon`). */
const VALIDATION: Record<string, Reply> = {
  problem: {
    status: 422,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: 'about:blank', title: 'Invalid', status: 422, errors: { email: ['Email is taken'], 'address.city': ['City is required'], coupon: ['Coupon expired'] } },
  },
  seed: {
    status: 422,
    body: { success: false, message: 'Validation failed', error_code: 'VALIDATION_ERROR', errors: { email: 'Email is taken', 'address.city': 'City is required', coupon: 'Coupon expired' } },
  },
  jsonapi: {
    status: 422,
    headers: { 'content-type': 'application/vnd.api+json' },
    body: {
      errors: [
        { status: '422', detail: 'Email is taken', source: { pointer: '/data/attributes/email' } },
        { status: '422', detail: 'City is required', source: { pointer: '/data/attributes/address/city' } },
        { status: '422', detail: 'Coupon expired', source: { pointer: '/data/attributes/coupon' } },
      ],
    },
  },
  fastapi: {
    status: 422,
    body: {
      detail: [
        { loc: ['body', 'email'], msg: 'Email is taken', type: 'value_error' },
        { loc: ['body', 'address', 'city'], msg: 'City is required', type: 'missing' },
        { loc: ['body', 'coupon'], msg: 'Coupon expired', type: 'value_error' },
      ],
    },
  },
};

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'retry-after, x-request-id',
};

function send(res: ServerResponse, { status, headers = {}, body }: Reply): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS, ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The API the integration tests talk to over real HTTP: `GET /once/<kind>/<run>` fails once in
 * the way named by kind and then answers `{ hits }`; `POST /forms/<dialect>` answers 422 in that dialect.
 */
export async function startIntegrationServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const hits = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      send(res, { status: 204, body: null });
      return;
    }
    const [, route, kind = '', run = ''] = (req.url ?? '').split('?')[0]!.split('/');
    if (route === 'once') {
      const key = `${kind}/${run}`;
      const count = (hits.get(key) ?? 0) + 1;
      hits.set(key, count);
      const failure = FIRST_FAILURES[kind];
      send(res, count === 1 && failure ? failure : { status: 200, body: { hits: count } });
      return;
    }
    if (route === 'forms' && req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        send(res, VALIDATION[kind] ?? { status: 200, body: { ok: true } });
      });
      return;
    }
    send(res, { status: 404, body: { error: 'no such route' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}
