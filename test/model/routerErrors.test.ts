import { notFound } from '@tanstack/react-router';
import { createStaticHandler, data, isRouteErrorResponse } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';

const PROBLEM = { type: 'https://example.com/probs/missing', title: 'Order not found', status: 404, detail: 'No order 42.', instance: '/orders/42' };

/** What React Router hands a route's error element, produced by the router itself (no hand-made shapes). */
async function routeError(loader: () => unknown, path = '/orders/42', expectErrorResponse = true): Promise<unknown> {
  const handler = createStaticHandler([{ id: 'root', path: '/', children: [{ id: 'order', path: 'orders/:id', loader }] }]);
  const context = await handler.query(new Request(`http://app.test${path}`));
  if (context instanceof Response) throw new Error('unexpected redirect');
  const error = Object.values(context.errors ?? {})[0];
  expect(isRouteErrorResponse(error)).toBe(expectErrorResponse);
  return error;
}

describe('React Router ErrorResponse', () => {
  it('a thrown problem+json Response (the router keeps it as text) is read as problem details', async () => {
    const error = normalizeApiError(
      await routeError(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- loaders throw Responses
        throw new Response(JSON.stringify(PROBLEM), { status: 404, headers: { 'content-type': 'application/problem+json' } });
      }),
    );
    expect(error).toMatchObject({ category: 'not_found', status: 404, serverMessage: 'No order 42.' });
  });

  it('a thrown data() with a seed-style body keeps its code and request id', async () => {
    const error = normalizeApiError(
      await routeError(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's documented way
        throw data({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down for maintenance' }, request_id: 'req-7' }, { status: 503 });
      }),
    );
    expect(error).toMatchObject({ category: 'server', code: 'SERVICE_UNAVAILABLE', status: 503, requestId: 'req-7', retryable: true });
  });

  it('a thrown plain-text Response keeps the text as the server message', async () => {
    const error = normalizeApiError(
      await routeError(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- loaders throw Responses
        throw new Response('Too many requests, slow down', { status: 429 });
      }),
    );
    expect(error).toMatchObject({ category: 'rate_limit', status: 429, serverMessage: 'Too many requests, slow down' });
  });

  it("the router's own 404 is not_found, without the router's developer wording", async () => {
    const raw = await routeError(() => null, '/nowhere');
    const error = normalizeApiError(raw);
    expect(error).toMatchObject({ category: 'not_found', code: 'NOT_FOUND', status: 404 });
    expect(error.serverMessage).toBeUndefined();
  });
});

describe('ApiResponseError thrown from a React Router loader', () => {
  // It has status, statusText, headers and body, which is what React Router takes for a Response.
  it('reaches the error element as itself, headers and all', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'RATE_LIMITED' } }), {
      status: 429, headers: { 'content-type': 'application/json', 'retry-after': '30', 'x-request-id': 'req-1' },
    });
    const thrown = await ApiResponseError.fromResponse(response);
    const error = await routeError(() => {
      throw thrown;
    }, '/orders/42', false);
    expect(error).toBe(thrown);
    expect(normalizeApiError(error)).toMatchObject({ category: 'rate_limit', requestId: 'req-1', retryAt: expect.any(Number) as number });
  });
});

describe('TanStack Router notFound()', () => {
  it('is not_found, and an API body in its data is still read', () => {
    expect(normalizeApiError(notFound())).toMatchObject({ category: 'not_found', status: 404 });
    const withBody = normalizeApiError(notFound({ data: { error: { code: 'ORDER_NOT_FOUND', message: 'No order 42' } } }));
    expect(withBody).toMatchObject({ category: 'not_found', sourceCode: 'ORDER_NOT_FOUND', serverMessage: 'No order 42' });
  });
});

describe('Next.js errors that carry only a digest', () => {
  const stripped = (digest: unknown) =>
    Object.assign(new Error('An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.'), { digest });

  it('are server errors whose digest is the support reference', () => {
    expect(normalizeApiError(stripped('2918272731'))).toMatchObject({ category: 'server', code: 'INTERNAL_ERROR', requestId: '2918272731', retryable: true });
  });

  it("notFound(), forbidden() and unauthorized() digests give their status", () => {
    expect(normalizeApiError(stripped('NEXT_HTTP_ERROR_FALLBACK;404'))).toMatchObject({ category: 'not_found', status: 404 });
    expect(normalizeApiError(stripped('NEXT_HTTP_ERROR_FALLBACK;403'))).toMatchObject({ category: 'authorization', status: 403 });
    expect(normalizeApiError(stripped('NEXT_HTTP_ERROR_FALLBACK;401'))).toMatchObject({ category: 'authentication', status: 401 });
  });

  it('a digest that is not text, or hostile text, is no reference', () => {
    expect(normalizeApiError(stripped(42)).requestId).toBeUndefined();
    expect(normalizeApiError(stripped({ toString: () => 'x' })).category).toBe('unknown');
    expect(normalizeApiError(stripped('a'.repeat(5000))).requestId?.length ?? 0).toBeLessThanOrEqual(200);
  });
});
