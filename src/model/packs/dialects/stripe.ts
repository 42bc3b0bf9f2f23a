import type { ApiErrorCategory } from '../../types.js';
import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { firstText, httpStatus, isRecord, text, wordCode } from '../../dialects/read.js';

/**
 * Error types of Stripe and of the APIs that copied its envelope (OpenAI, Anthropic).
 * `invalid_request_error` has no hint on purpose: Stripe sends it with 400, 401 (bad API key),
 * 404 and 409, so the HTTP status says more than the type.
 */
const TYPE_HINTS: Readonly<Record<string, ApiErrorCategory | null>> = /* @__PURE__ */ Object.freeze({
  card_error: 'request',
  invalid_request_error: null,
  authentication_error: 'authentication',
  permission_error: 'authorization',
  not_found_error: 'not_found',
  rate_limit_error: 'rate_limit',
  idempotency_error: 'conflict',
  api_error: 'server',
  overloaded_error: 'server',
  server_error: 'server',
  api_connection_error: null,
  insufficient_quota: 'rate_limit',
  request_too_large: 'request',
});

const REQUEST_ID = /\breq_[A-Za-z0-9]+/;

/** Stripe `{error: {type, code?, decline_code?, message, param?, request_log_url?}}`. */
export const stripeDialect = /* @__PURE__ */ defineDialect('stripe', (body) => {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const error = body.error;
  const type = wordCode(error.type);
  if (type === undefined || !Object.hasOwn(TYPE_HINTS, type)) return undefined;

  const bag = new FieldErrorBag();
  const param = text(error.param);
  bag.add(param === undefined ? undefined : fieldPathFromName(param), error.message, 'invalid');
  const logUrl = text(error.request_log_url);
  return {
    sourceCode: wordCode(error.code) ?? type,
    message: text(error.message),
    requestId: firstText(body.request_id, logUrl === undefined ? undefined : REQUEST_ID.exec(logUrl)?.[0]),
    category: TYPE_HINTS[type] ?? undefined,
    status: httpStatus(error.status),
    fieldErrors: bag.toRecord(),
  };
});
