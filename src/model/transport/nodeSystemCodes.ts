import type { ApiErrorCode } from '../codes.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';

/**
 * Node, undici and axios error `code`s of a request that got no usable answer, and node-fetch's
 * FetchError `type`s (request-timeout, body-timeout, invalid-json). Certificate codes
 * are left to TLS_CODE below, which names them all but HOSTNAME_MISMATCH.
 */
export const NODE_SYSTEM_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  CONNECTION_REFUSED: 'ECONNREFUSED',
  DNS_RESOLUTION_FAILED: 'ENOTFOUND EAI_AGAIN EAI_NONAME',
  // ECONNABORTED: axios uses it for its own timeout.
  CONNECTION_TIMEOUT:
    'ETIMEDOUT ESOCKETTIMEDOUT ECONNABORTED UND_ERR_CONNECT_TIMEOUT UND_ERR_HEADERS_TIMEOUT UND_ERR_BODY_TIMEOUT request-timeout body-timeout',
  // got's ReadError when the body ends short of its Content-Length; Node's premature close.
  CONNECTION_RESET: 'ECONNRESET EPIPE UND_ERR_SOCKET UND_ERR_CLOSED ERR_HTTP_CONTENT_LENGTH_MISMATCH ERR_STREAM_PREMATURE_CLOSE',
  NETWORK_UNREACHABLE: 'EHOSTUNREACH EHOSTDOWN ENETUNREACH ENETDOWN',
  NETWORK_ERROR: 'ERR_NETWORK',
  DEVICE_OFFLINE: 'ERR_INTERNET_DISCONNECTED',
  CANCELLED: 'ERR_CANCELED ABORT_ERR UND_ERR_ABORTED',
  INVALID_API_URL: 'ERR_INVALID_URL',
  MALFORMED_JSON: 'invalid-json',
  SSL_CERTIFICATE_ERROR: 'HOSTNAME_MISMATCH',
});

// Certificate and TLS codes not listed above still name themselves.
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_)|_CERT(_|$)|^UNABLE_TO_VERIFY/;

export function nodeCodeToCanonical(code: string): ApiErrorCode | undefined {
  if (Object.hasOwn(NODE_SYSTEM_CODES, code)) return NODE_SYSTEM_CODES[code];
  return TLS_CODE.test(code) ? 'SSL_CERTIFICATE_ERROR' : undefined;
}
