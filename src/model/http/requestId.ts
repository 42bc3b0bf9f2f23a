import type { HeaderReader } from '../dialects/types.js';
import { MAX_REQUEST_ID_CHARS } from '../limits.js';
import { getProp, safeIsArray } from '../safeAccess.js';
import { sanitizeText } from '../sanitizeText.js';
import { requestIdFromDetails } from './detailRequestId.js';

/** Body keys that carry a request id, in every spelling seen in the wild. */
export const REQUEST_ID_BODY_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'request_id', 'requestId', 'requestID', 'RequestId', 'request-id', 'traceId', 'trace_id', 'correlation_id', 'correlationId',
]);

/** Response headers that carry a request id, the application's own before the CDN's. */
export const REQUEST_ID_HEADERS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'x-request-id', 'request-id', 'x-correlation-id', 'x-github-request-id', 'x-amzn-requestid',
  'x-amz-request-id', 'x-ms-request-id', 'apigw-requestid', 'x-shopify-request-id', 'twilio-request-id',
  'fly-request-id', 'x-vercel-id', 'x-nf-request-id', 'cf-ray',
]);

function idFrom(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return sanitizeText(value, MAX_REQUEST_ID_CHARS);
}

/** Objects inside a body where ids are kept: the body, `error`, `meta`, OData `innerError`, GraphQL `extensions`. */
function containers(body: unknown): unknown[] {
  const error = getProp(body, 'error');
  const errors = getProp(body, 'errors');
  const first = safeIsArray(errors) ? errors[0] : undefined;
  return [
    body, error, getProp(body, 'meta'), getProp(error, 'innerError'), getProp(error, 'innererror'),
    getProp(body, 'extensions'), getProp(first, 'extensions'), getProp(body, 'data'),
  ];
}

function fromBody(body: unknown): string | undefined {
  for (const container of containers(body)) {
    if (typeof container !== 'object' || container === null) continue;
    for (const key of REQUEST_ID_BODY_KEYS) {
      const id = idFrom(getProp(container, key));
      if (id) return id;
    }
  }
  return idFrom(requestIdFromDetails(body));
}

/** Request id: what a dialect found, then well-known body fields, then response headers. */
export function findRequestId(dialectId: unknown, body: unknown, headers: HeaderReader): string | undefined {
  const fromDialect = idFrom(dialectId);
  if (fromDialect) return fromDialect;
  const inBody = fromBody(body);
  if (inBody) return inBody;
  for (const name of REQUEST_ID_HEADERS) {
    // A header sent twice reaches us joined with ', ' (Zendesk's doubled x-request-id): one id.
    const id = idFrom(headers.get(name)?.split(',')[0]);
    if (id) return id;
  }
  return undefined;
}
