import type { HeaderReader } from '../dialects/types.js';
import { EMPTY_HEADERS, toHeaderReader } from '../http/headers.js';
import type { RawFailure } from '../rawFailure.js';
import { runDialects } from '../runDialects.js';
import { asHttpStatus, getProp, getString, isRecord, safeIsArray } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';

/**
 * Where client libraries and SDKs keep the body they read: ofetch/ky 2/tRPC/Slack `data`, wretch
 * `text` (its `json` is the same text parsed), the SWR docs' fetcher `info`, Slack/Shopify
 * `body`, OpenAI/Anthropic/Angular `error`, Stripe `raw`; then on the response: ofetch `_data`,
 * axios-likes (gaxios, Octokit) `data`, got/superagent/SendGrid/Shopify `body`. First present wins.
 */
const ERROR_BODY_KEYS = ['data', 'text', 'info', 'body', 'error', 'raw'];
// superagent: `body` is {} when the content type was not one it parses; the text is in `text`.
const RESPONSE_BODY_KEYS = ['_data', 'data', 'body', 'text'];

function isEmptyObject(value: unknown): boolean {
  try {
    return isRecord(value) && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

/** A body worth reading: not an Error (gaxios' `error` is the cause), not a stream (a Response's `body`), not `{}`. */
function usable(value: unknown): boolean {
  if (value === undefined || value === null || value instanceof Error || isEmptyObject(value)) return false;
  return typeof ReadableStream === 'undefined' || !(value instanceof ReadableStream);
}

/** How much a dialect reads from a body: a code, field errors, a request id, a retry time, a category. */
function evidence(body: unknown): number {
  const result = runDialects(body, { headers: EMPTY_HEADERS })?.result;
  if (!result) return 0;
  return [result.sourceCode, result.requestId, result.retryAfterSeconds, result.category].filter((v) => v !== undefined).length + Object.keys(result.fieldErrors ?? {}).length;
}

/** A body's `error` member kept alone, or the whole body: which it was is not recorded, so keep the reading the dialects make more of. */
function unwrapped(inner: object): unknown {
  return evidence(inner) >= evidence({ error: inner }) ? inner : { error: inner };
}

/**
 * The Stainless-generated SDKs (OpenAI, Anthropic, ...) keep only the body's `error` member as
 * `error` (the whole body when it had none), and the text of a body that was not JSON in the
 * message after the status. Put back as a body, the dialects read it as they read the answer.
 */
function stainlessBody(error: object): unknown {
  const inner = getProp(error, 'error');
  if (isRecord(inner)) return unwrapped(inner);
  if (inner !== undefined) return { error: inner };
  const status = getProp(error, 'status');
  const message = getString(error, 'message') ?? '';
  return typeof status === 'number' && message.startsWith(`${status} `) ? message.slice(String(status).length + 1) : undefined;
}

/** Libraries that keep the body text somewhere no other does, by class: wretch 3 in `message`. */
const BODY_KEY_BY_CLASS: Readonly<Record<string, string>> = Object.freeze({ WretchError: 'message' });

function findBody(error: object, response: unknown): unknown {
  // graphql-request keeps the GraphQL answer itself as `response` ({errors, data, status, headers}).
  if (safeIsArray(getProp(response, 'errors'))) return response;
  // A Stainless SDK error has an own `requestID` (its x-request-id), even when it is undefined.
  if (Object.hasOwn(error, 'requestID') && Object.hasOwn(error, 'error')) return stainlessBody(error);
  const ctor = getString(getProp(error, 'constructor'), 'name');
  const classKey = ctor !== undefined && Object.hasOwn(BODY_KEY_BY_CLASS, ctor) ? BODY_KEY_BY_CLASS[ctor] : undefined;
  if (classKey !== undefined) return getProp(error, classKey);
  for (const key of ERROR_BODY_KEYS) {
    let value = getProp(error, key);
    // Angular's failed parse of a 2xx: {error: SyntaxError, text}; the text is the body.
    if (isRecord(value) && getProp(value, 'error') instanceof Error) value = getProp(value, 'text');
    // Stripe's `raw` is the body's `error` member (with headers and status merged in).
    if (key === 'raw' && isRecord(value)) return unwrapped(value);
    if (usable(value)) return value;
  }
  for (const key of RESPONSE_BODY_KEYS) {
    const value = getProp(response, key);
    if (usable(value)) return value;
  }
  return undefined;
}

/**
 * Errors of HTTP clients and vendor SDKs that carry an HTTP answer, by shape rather than by class:
 * the status on the error (`status`, `statusCode`, AWS `$metadata.httpStatusCode`, SendGrid's
 * numeric `code`) or on a response-like object (`response`, AWS `$response`, supabase functions
 * `context`, tRPC `meta.response`; Shopify's `response.code`); headers there or on the error
 * (Stripe, OpenAI, Anthropic, Slack: their request ids are in those headers); the body wherever
 * the library put it (see above). Also Angular's HttpErrorResponse, not an Error but `ok: false`
 * with HttpHeaders. Status 0 is the browsers' "no answer" (Angular, supabase auth-js).
 */
export function detectSdkError(error: unknown): RawFailure | undefined {
  const angular = getProp(error, 'ok') === false && typeof getProp(getProp(error, 'headers'), 'get') === 'function';
  if (!isRecord(error) || !(error instanceof Error || angular)) return undefined;
  const meta = getProp(error, '$metadata');
  const response = [getProp(error, 'response'), getProp(error, '$response'), getProp(error, 'context'), getProp(getProp(error, 'meta'), 'response')].find(isRecord);
  const parts = response ? responseParts(response) : {};
  const code: unknown = getProp(error, 'code');
  // SendGrid keeps the HTTP status as a numeric `code`; Twilio's 20404 is a code of its own.
  const codeStatus = typeof code === 'number' && code >= 400 ? asHttpStatus(code) : undefined;
  const status =
    asHttpStatus(getProp(error, 'status')) ??
    asHttpStatus(getProp(error, 'statusCode')) ??
    asHttpStatus(getProp(meta, 'httpStatusCode')) ??
    parts.status ??
    codeStatus;
  // superagent's browser failure (offline, CORS) and status 0 without a code of its own: no answer.
  if (getProp(error, 'crossDomain') === true || (getProp(error, 'status') === 0 && code === undefined)) return { code: 'NETWORK_ERROR' };
  const retryAfter = getProp(error, 'retryAfter') ?? getProp(response, 'retryAfter');
  const retryText = typeof retryAfter === 'number' ? String(retryAfter) : undefined;
  // An AWS exception's `$response.body` is a consumed stream; its name is the error code.
  const data = isRecord(meta) ? undefined : findBody(error, response);
  const rawHeaders = getProp(response, 'headers') ?? getProp(error, 'headers');
  // Without any HTTP evidence only `data` makes an error an API answer (Slack's {ok: false, error}):
  // Stripe's connection error also has a `raw`, and apps put anything in `body` or `error`.
  const bodyOnly = status === undefined && rawHeaders === undefined && retryText === undefined;
  if (bodyOnly && !usable(getProp(error, 'data'))) return undefined;
  const read = toHeaderReader(rawHeaders);
  // Slack and Shopify parse Retry-After into seconds and keep them as `retryAfter`; read after the real header.
  const headers: HeaderReader = { get: (name) => read.get(name) ?? (name === 'retry-after' ? retryText : undefined) };
  // Without a body, the error's own code is the server's (Stripe, Twilio, supabase, Firebase
  // Storage; an AWS exception's name). With one, it is the library's wrapper code (got, Slack).
  const own = typeof code === 'number' ? (codeStatus ? undefined : String(code)) : getString(error, 'code');
  // With only a `data` that no dialect reads (an app's own error), its own code still counts.
  const sourceCode = isRecord(meta)
    ? getString(error, 'name')
    : data === undefined || (bodyOnly && !runDialects(data, { headers: EMPTY_HEADERS })?.result.sourceCode)
      ? own
      : undefined;
  return {
    ...parts,
    headers,
    status,
    sourceCode,
    ...bodyParts(data),
    request: responseRequest(getProp(error, 'request') ?? getProp(error, 'options'), response),
  };
}
