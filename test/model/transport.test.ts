import { describe, expect, it } from 'vitest';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';

const named = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  Object.assign(Object.create(Error.prototype) as Error, { name, message, ...extra });
const typeError = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new TypeError(message), extra);
const nodeError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, errno: -1, syscall: 'connect' });
const axios = (extra: Record<string, unknown>) =>
  Object.assign(new Error('axios'), { isAxiosError: true, name: 'AxiosError', config: { method: 'post', url: '/v1/orders?token=abc' }, ...extra });

class CancelledError extends Error {
  revert?: boolean;
  silent?: boolean;
}

describe('transport failures', () => {
  it.each([
    ['Chrome', typeError('Failed to fetch'), 'NETWORK_ERROR', undefined],
    ['Chrome with host', typeError('Failed to fetch (api.example.com)'), 'NETWORK_ERROR', undefined],
    ['Firefox', typeError('NetworkError when attempting to fetch resource.'), 'NETWORK_ERROR', undefined],
    ['Safari 16', typeError('The Internet connection appears to be offline.'), 'DEVICE_OFFLINE', undefined],
    ['Safari 17', typeError('Load failed'), 'NETWORK_ERROR', undefined],
    ['cross-fetch', typeError('Network request failed'), 'NETWORK_ERROR', undefined],
    ['Safari 14 cancel', typeError('cancelled'), 'CANCELLED', undefined],
    ['undici', typeError('fetch failed', { cause: nodeError('ECONNREFUSED') }), 'CONNECTION_REFUSED', 'ECONNREFUSED'],
    ['undici bare', typeError('fetch failed'), 'NETWORK_ERROR', undefined],
    ['AbortError', new DOMException('The operation was aborted.', 'AbortError'), 'CANCELLED', undefined],
    ['TimeoutError', new DOMException('The operation timed out.', 'TimeoutError'), 'CONNECTION_TIMEOUT', undefined],
    ['ECONNREFUSED', nodeError('ECONNREFUSED'), 'CONNECTION_REFUSED', 'ECONNREFUSED'],
    ['ENOTFOUND', nodeError('ENOTFOUND'), 'DNS_RESOLUTION_FAILED', 'ENOTFOUND'],
    ['EAI_AGAIN', nodeError('EAI_AGAIN'), 'DNS_RESOLUTION_FAILED', 'EAI_AGAIN'],
    ['ETIMEDOUT', nodeError('ETIMEDOUT'), 'CONNECTION_TIMEOUT', 'ETIMEDOUT'],
    ['ECONNRESET', nodeError('ECONNRESET'), 'CONNECTION_RESET', 'ECONNRESET'],
    ['EHOSTUNREACH', nodeError('EHOSTUNREACH'), 'NETWORK_UNREACHABLE', 'EHOSTUNREACH'],
    ['ENETUNREACH', nodeError('ENETUNREACH'), 'NETWORK_UNREACHABLE', 'ENETUNREACH'],
    ['EPIPE', nodeError('EPIPE'), 'CONNECTION_RESET', 'EPIPE'],
    ['CERT_HAS_EXPIRED', nodeError('CERT_HAS_EXPIRED'), 'SSL_CERTIFICATE_ERROR', 'CERT_HAS_EXPIRED'],
    ['self signed', nodeError('DEPTH_ZERO_SELF_SIGNED_CERT'), 'SSL_CERTIFICATE_ERROR', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['leaf', nodeError('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'SSL_CERTIFICATE_ERROR', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ['altname', nodeError('ERR_TLS_CERT_ALTNAME_INVALID'), 'SSL_CERTIFICATE_ERROR', 'ERR_TLS_CERT_ALTNAME_INVALID'],
    ['chain', nodeError('SELF_SIGNED_CERT_IN_CHAIN'), 'SSL_CERTIFICATE_ERROR', 'SELF_SIGNED_CERT_IN_CHAIN'],
    ['axios network', axios({ code: 'ERR_NETWORK', message: 'Network Error' }), 'NETWORK_ERROR', 'ERR_NETWORK'],
    ['axios timeout', axios({ code: 'ECONNABORTED' }), 'CONNECTION_TIMEOUT', 'ECONNABORTED'],
    ['axios etimedout', axios({ code: 'ETIMEDOUT' }), 'CONNECTION_TIMEOUT', 'ETIMEDOUT'],
    ['axios cancel', axios({ code: 'ERR_CANCELED', name: 'CanceledError' }), 'CANCELLED', 'ERR_CANCELED'],
    ['TanStack CancelledError', new CancelledError('cancelled'), 'CANCELLED', undefined],
    ['TanStack by shape', Object.assign(new Error('x'), { revert: true, silent: false }), 'CANCELLED', undefined],
    ['RTK FETCH_ERROR', { status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' }, 'NETWORK_ERROR', undefined],
    ['RTK TIMEOUT_ERROR', { status: 'TIMEOUT_ERROR', error: 'AbortError' }, 'CONNECTION_TIMEOUT', undefined],
    ['ofetch network', named('FetchError', '[GET] "/x": <no response> fetch failed', { cause: typeError('fetch failed', { cause: nodeError('ENOTFOUND') }) }), 'DNS_RESOLUTION_FAILED', 'ENOTFOUND'],
  ] as const)('%s', (_label, input, code, sourceCode) => {
    const error = normalizeApiError(input);
    expect(error.code).toBe(code);
    expect(error.sourceCode).toBe(sourceCode);
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(code !== 'CANCELLED' && code !== 'SSL_CERTIFICATE_ERROR');
  });

  // Every Node and undici code the kit knows, each as a row (certificate codes are named by a
  // pattern rather than listed, so a pattern that missed one fails here).
  it.each([
    ['ECONNREFUSED', 'CONNECTION_REFUSED'], ['ENOTFOUND', 'DNS_RESOLUTION_FAILED'], ['EAI_AGAIN', 'DNS_RESOLUTION_FAILED'],
    ['EAI_NONAME', 'DNS_RESOLUTION_FAILED'], ['ETIMEDOUT', 'CONNECTION_TIMEOUT'], ['ESOCKETTIMEDOUT', 'CONNECTION_TIMEOUT'],
    ['ECONNABORTED', 'CONNECTION_TIMEOUT'], ['ECONNRESET', 'CONNECTION_RESET'], ['EPIPE', 'CONNECTION_RESET'],
    ['EHOSTUNREACH', 'NETWORK_UNREACHABLE'], ['EHOSTDOWN', 'NETWORK_UNREACHABLE'], ['ENETUNREACH', 'NETWORK_UNREACHABLE'],
    ['ENETDOWN', 'NETWORK_UNREACHABLE'], ['UND_ERR_CONNECT_TIMEOUT', 'CONNECTION_TIMEOUT'], ['UND_ERR_HEADERS_TIMEOUT', 'CONNECTION_TIMEOUT'],
    ['UND_ERR_BODY_TIMEOUT', 'CONNECTION_TIMEOUT'], ['UND_ERR_SOCKET', 'CONNECTION_RESET'], ['UND_ERR_CLOSED', 'CONNECTION_RESET'],
    ['ERR_NETWORK', 'NETWORK_ERROR'], ['ERR_INTERNET_DISCONNECTED', 'DEVICE_OFFLINE'], ['ERR_CANCELED', 'CANCELLED'],
    ['ABORT_ERR', 'CANCELLED'], ['UND_ERR_ABORTED', 'CANCELLED'], ['ERR_INVALID_URL', 'INVALID_API_URL'],
    ['CERT_HAS_EXPIRED', 'SSL_CERTIFICATE_ERROR'], ['CERT_NOT_YET_VALID', 'SSL_CERTIFICATE_ERROR'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SSL_CERTIFICATE_ERROR'], ['SELF_SIGNED_CERT_IN_CHAIN', 'SSL_CERTIFICATE_ERROR'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SSL_CERTIFICATE_ERROR'], ['UNABLE_TO_GET_ISSUER_CERT', 'SSL_CERTIFICATE_ERROR'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'SSL_CERTIFICATE_ERROR'], ['ERR_TLS_CERT_ALTNAME_INVALID', 'SSL_CERTIFICATE_ERROR'],
    ['CERT_REVOKED', 'SSL_CERTIFICATE_ERROR'], ['CERT_UNTRUSTED', 'SSL_CERTIFICATE_ERROR'],
    ['CERT_SIGNATURE_FAILURE', 'SSL_CERTIFICATE_ERROR'], ['HOSTNAME_MISMATCH', 'SSL_CERTIFICATE_ERROR'],
  ] as const)('Node code %s -> %s', (nodeCode, code) => {
    expect(normalizeApiError(nodeError(nodeCode)).code).toBe(code);
  });

  it('axios with a response reads status, headers and data', () => {
    const error = normalizeApiError(
      axios({
        code: 'ERR_BAD_REQUEST',
        response: { status: 401, headers: { 'X-Request-Id': 'r-9', 'content-type': 'application/json' }, data: { error: { code: 'UNAUTHENTICATED', message: 'nope' } } },
      }),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401, sourceCode: 'UNAUTHENTICATED', requestId: 'r-9', serverMessage: 'nope' });
    expect(error.request).toEqual({ method: 'POST', url: '/v1/orders?token=[redacted]' });
  });

  it('ky HTTPError uses error.data and never reads the consumed body', () => {
    const response = new Response('ignored', { status: 404, headers: { 'x-request-id': 'k1' } });
    const error = normalizeApiError(named('HTTPError', 'Request failed', { response, data: { error: { code: 'RESOURCE_NOT_FOUND' } } }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, sourceCode: 'RESOURCE_NOT_FOUND', requestId: 'k1' });
    expect(response.bodyUsed).toBe(false);
  });

  it('a thrown Response is classified from status and headers', () => {
    const error = normalizeApiError(new Response('{"error":{"code":"X"}}', { status: 503, headers: { 'retry-after': '120' } }));
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503, retryable: true });
    expect(error.retryAt).toBeGreaterThan(Date.now() + 100_000);
  });

  it('RTK PARSING_ERROR is a response error with the original status', () => {
    const error = normalizeApiError({ status: 'PARSING_ERROR', originalStatus: 200, data: '<html>oops</html>', error: 'SyntaxError' });
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE_FORMAT', category: 'response', status: 200 });
  });

  it('RTK numeric status keeps data', () => {
    expect(normalizeApiError({ status: 409, data: { error: { code: 'DUPLICATE_OPERATION' } } })).toMatchObject({ code: 'DUPLICATE_OPERATION', status: 409 });
  });

  it('Apollo ServerError and CombinedGraphQLErrors', () => {
    const server = named('ServerError', 'Response not successful', { statusCode: 502, bodyText: '<html>Bad gateway</html>', response: new Response(null, { status: 502 }) });
    expect(normalizeApiError(server)).toMatchObject({ code: 'BAD_GATEWAY', status: 502 });
    const combined = named('CombinedGraphQLErrors', 'x', { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }], data: null });
    expect(normalizeApiError(combined).category).not.toBe('connection');
  });

  it('ofetch FetchError with a status', () => {
    const error = normalizeApiError(named('FetchError', '[GET] "/x": 422', { status: 422, data: { success: false, errors: { email: 'bad' }, error_code: 'VAL_001' } }));
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', status: 422 });
  });

  it('an unknown Error keeps its string code as source code', () => {
    expect(normalizeApiError(Object.assign(new Error('x'), { code: 'E_WEIRD_DENIED' }))).toMatchObject({ sourceCode: 'E_WEIRD_DENIED', code: 'FORBIDDEN' });
    expect(normalizeApiError(new Error('plain'))).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
  });
});
