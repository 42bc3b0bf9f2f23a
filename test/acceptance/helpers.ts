/**
 * Acceptance helpers: errors built the way an app builds them, from real
 * `Response`s and raw thrown values, through the package root only.
 */
import { ApiResponseError, normalizeApiError, readJsonOrThrow } from '../../src/index.js';
import type { ApiError } from '../../src/index.js';

export async function httpError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  request?: { method?: string; url?: string },
): Promise<ApiResponseError> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = new Response(text, {
    status,
    headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers },
  });
  return ApiResponseError.fromResponse(response, request);
}

export async function normalized(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  request?: { method?: string; url?: string },
): Promise<ApiError> {
  return normalizeApiError(await httpError(status, body, headers, request));
}

export const SERVER_SECRET = 'SQLSTATE[42S02]: Base table wp_secret_orders not found';
export const REQUEST_ID = 'req-abc-123';

/** One raw (un-normalized) error per category, as an app would catch it. */
export async function rawErrors(): Promise<Record<string, unknown>> {
  let response: unknown;
  try {
    await readJsonOrThrow(new Response('<html><body>Gateway says hi</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
  } catch (err) {
    response = err;
  }
  return {
    connection: new TypeError('Failed to fetch'),
    authentication: await httpError(401, { code: 'TOKEN_EXPIRED', message: 'Token has expired' }),
    authorization: await httpError(403, { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 403 } }),
    request: await httpError(422, {
      detail: [
        { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
        { loc: ['body', 'address', 'city'], msg: 'field required', type: 'value_error.missing' },
      ],
    }),
    not_found: await httpError(404, { error: { code: 'PRODUCT_NOT_FOUND', message: 'Product 42 not found' } }),
    conflict: await httpError(409, { error: { code: 'DUPLICATE_SKU', message: 'A product with this SKU already exists' } }),
    rate_limit: await httpError(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { 'Retry-After': '2' }),
    server: await httpError(500, { error: { code: 'INTERNAL', message: SERVER_SECRET } }, { 'X-Request-Id': REQUEST_ID }),
    response,
    integration: await httpError(500, { code: 'API05003', message: 'The WCPOS plugin needs updating' }),
    configuration: normalizeApiError({ code: 'API06002', message: 'No API URL has been configured' }),
    cancelled: new DOMException('x', 'AbortError'),
  };
}
