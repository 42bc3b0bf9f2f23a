import { classify, type BodyKind } from './classify.js';
import { API_ERROR_CODES, type ApiErrorCode } from './codes.js';
import type { DialectResult } from './dialects/types.js';
import { EMPTY_FIELD_ERRORS, freezeFieldErrors, untrustedText } from './fieldErrors.js';
import { bodyRetryAfterSeconds } from './http/bodyRetryAfter.js';
import { EMPTY_HEADERS } from './http/headers.js';
import { isApiError, isOwnApiError, markApiError } from './isApiError.js';
import { MAX_REQUEST_ID_CHARS, MAX_RETRY_DELAY_MS } from './limits.js';
import { plainInput } from './plainInput.js';
import { rateLimitExhausted } from './http/rateLimitHeaders.js';
import type { RawFailure } from './rawFailure.js';
import { findRequestId } from './http/requestId.js';
import { requestInfo } from './http/requestInfo.js';
import { computeRetryAt } from './http/retryTiming.js';
import { runDialects } from './runDialects.js';
import { asHttpStatus, getProp } from './safeAccess.js';
import { sanitizeText } from './sanitizeText.js';
import { detectTransport } from './transport/detectTransport.js';
import type { ApiError } from './types.js';

const memo = new WeakMap<object, ApiError>();

function bodyKind(raw: RawFailure): BodyKind {
  const text = raw.bodyText ?? (typeof raw.body === 'string' ? raw.body : undefined);
  if (raw.body !== undefined && typeof raw.body !== 'string') return 'json';
  if (text === undefined) return raw.body === undefined && raw.status !== undefined ? 'empty' : 'none';
  if (text.trim() === '') return 'empty';
  return raw.contentType?.includes('html') || /^\s*</.test(text) ? 'html' : 'text';
}

/** A body status counts when the HTTP status is missing or a 2xx that carried a failure body. */
function effectiveStatus(raw: RawFailure, dialect: DialectResult | undefined): number | undefined {
  const fromBody = asHttpStatus(dialect?.status);
  if (raw.status === undefined) return fromBody;
  if (raw.status >= 200 && raw.status < 300 && fromBody !== undefined && fromBody >= 400) return fromBody;
  return raw.status;
}

function isRetryable(code: ApiErrorCode, retryAt: number | undefined): boolean {
  const info = API_ERROR_CODES[code];
  if (info.category === 'cancelled') return false;
  if (info.category === 'rate_limit' || retryAt !== undefined) return true;
  return info.retryable;
}

function build(input: unknown): ApiError {
  const raw = detectTransport(input) ?? plainInput(input);
  const headers = raw.headers ?? EMPTY_HEADERS;
  const match =
    // Header-only dialects (WWW-Authenticate) also read answers with an empty body.
    raw.code === undefined && (raw.body !== undefined || raw.headers !== undefined)
      ? runDialects(raw.body, { status: raw.status, headers, contentType: raw.contentType })
      : undefined;
  const dialect = match?.result;
  const kind = bodyKind(raw);
  const status = effectiveStatus(raw, dialect);
  const sourceCode = sanitizeText(raw.sourceCode ?? dialect?.sourceCode, 200);
  const retryAfterHeader = headers.get('retry-after') !== undefined;
  const rateLimitEvidence = rateLimitExhausted(headers) || (retryAfterHeader && (status === 400 || status === 403));
  const code = raw.code ?? classify({ sourceCode, categoryHint: dialect?.category, status, rateLimitEvidence, bodyKind: kind });
  const { category } = API_ERROR_CODES[code];
  // Only a rate limit or an outage says when to come back (see docs/model.md).
  const waitApplies = category === 'rate_limit' || status === 503 || code === 'SERVICE_UNAVAILABLE';
  const now = Date.now();
  const retryAt = computeRetryAt({
    headers, status, waitApplies, now,
    // The body's own wait in any dialect, read only when a wait applies (see http/bodyRetryAfter.ts).
    bodyRetryAfterSeconds: typeof dialect?.retryAfterSeconds === 'number' ? dialect.retryAfterSeconds : waitApplies ? bodyRetryAfterSeconds(raw.body) : undefined,
  });
  const serverMessage = untrustedText(dialect?.message ?? (!match && kind === 'text' ? raw.bodyText : undefined));
  const requestId = findRequestId(dialect?.requestId ?? raw.requestId, raw.body, headers);
  // Assigned field by field rather than spread: this is the hot path, and absent fields stay
  // absent (not `undefined`), so results print and compare cleanly.
  const error: Mutable<ApiError> = { category, code };
  if (sourceCode !== undefined) error.sourceCode = sourceCode;
  if (status !== undefined) error.status = status;
  if (serverMessage !== undefined) error.serverMessage = serverMessage;
  if (requestId !== undefined) error.requestId = requestId;
  if (retryAt !== undefined) error.retryAt = retryAt;
  error.fieldErrors = dialect?.fieldErrors ? freezeFieldErrors(dialect.fieldErrors) : EMPTY_FIELD_ERRORS;
  error.retryable = isRetryable(code, retryAt);
  error.cause = input;
  error.occurredAt = now;
  if (raw.request !== undefined) error.request = raw.request;
  if (raw.jsonRecovered) error.jsonRecovered = true;
  if (match) error.dialect = match.name;
  return error as ApiError;
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * An ApiError-shaped object this library did not build: JSON from a backend that normalizes on
 * the server, another copy of the kit, a hand-made object. Its fields are as untrusted as any
 * body, so they get the same cleaning; an object that is already clean is kept as it is.
 */
function adopt(input: ApiError): ApiError {
  const now = Date.now();
  const retryAt = finite(getProp(input, 'retryAt'));
  const status = asHttpStatus(getProp(input, 'status'));
  const serverMessage = untrustedText(getProp(input, 'serverMessage'));
  const sourceCode = sanitizeText(getProp(input, 'sourceCode'), 200);
  const requestId = sanitizeText(getProp(input, 'requestId'), MAX_REQUEST_ID_CHARS);
  const dialect = sanitizeText(getProp(input, 'dialect'), 100);
  const request = requestInfo(getProp(input, 'request'));
  const code = input.code as ApiErrorCode; // isApiError checked it is a catalog code
  const clean: ApiError = {
    // As for every ApiError, the category comes from the catalog, not from the sender.
    category: API_ERROR_CODES[code].category,
    code,
    ...(sourceCode !== undefined && { sourceCode }),
    ...(status !== undefined && { status }),
    ...(serverMessage !== undefined && { serverMessage }),
    ...(requestId !== undefined && { requestId }),
    // A wait is never longer than the model allows from now, whatever the sender promised.
    ...(retryAt !== undefined && { retryAt: Math.min(retryAt, now + MAX_RETRY_DELAY_MS) }),
    fieldErrors: freezeFieldErrors(input.fieldErrors),
    retryable: input.retryable,
    cause: getProp(input, 'cause'),
    occurredAt: finite(getProp(input, 'occurredAt')) ?? now,
    ...(request !== undefined && { request }),
    ...(getProp(input, 'jsonRecovered') === true && { jsonRecovered: true }),
    ...(dialect !== undefined && { dialect }),
  };
  return alreadyClean(input, clean) ? input : Object.freeze(clean);
}

function sameFieldErrors(a: unknown, b: ApiError['fieldErrors']): boolean {
  const keys = Object.keys(b);
  if (typeof a !== 'object' || a === null || Object.getPrototypeOf(a) !== Object.prototype && Object.getPrototypeOf(a) !== null) return false;
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((key) => {
    const left: unknown = getProp(a, key);
    const right = b[key] ?? [];
    return Array.isArray(left) && left.length === right.length && left.every((m, i) => m === right[i]);
  });
}

function sameRequest(a: unknown, b: ApiError['request']): boolean {
  if (b === undefined) return a === undefined;
  return getProp(a, 'method') === b.method && getProp(a, 'url') === b.url;
}

/** Every field the cleaning keeps came out unchanged, and there is nothing it would drop. */
function alreadyClean(input: ApiError, clean: ApiError): boolean {
  const keys = Object.keys(clean) as (keyof ApiError)[];
  const simple = keys.filter((key) => key !== 'fieldErrors' && key !== 'request' && key !== 'cause');
  return (
    Object.isFrozen(input) &&
    Object.keys(input).every((key) => key === 'cause' || keys.includes(key as keyof ApiError)) &&
    simple.every((key) => Object.is(getProp(input, key), clean[key])) &&
    sameFieldErrors(getProp(input, 'fieldErrors'), clean.fieldErrors) &&
    sameRequest(getProp(input, 'request'), clean.request)
  );
}

/** Last resort when the input defeats every reader (Proxies that throw on every trap). */
function unknownError(input: unknown): ApiError {
  return {
    category: 'unknown', code: 'UNKNOWN_ERROR', fieldErrors: EMPTY_FIELD_ERRORS,
    retryable: true, cause: input, occurredAt: Date.now(),
  };
}

/**
 * Turns anything thrown or returned by an API call into the one error model. Total: never
 * throws. Memoized per input object, so the same failure gives the same frozen ApiError
 * (and `retryAt` stays put across renders).
 */
export function normalizeApiError(input: unknown): ApiError {
  const key = typeof input === 'object' && input !== null ? input : typeof input === 'function' ? input : undefined;
  if (key) {
    const cached = memo.get(key);
    if (cached) return cached;
  }
  let result: ApiError;
  try {
    if (isOwnApiError(input)) return input as ApiError;
    result = isApiError(input) ? adopt(input) : Object.freeze(build(input));
  } catch {
    result = Object.freeze(unknownError(input));
  }
  markApiError(result);
  if (key) memo.set(key, result);
  return result;
}
