import type { ApiErrorCategory } from '../types.js';
import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { httpStatus, isRecord, keysOf, list, text, wordCode } from './read.js';
import { stripTags } from './stripTags.js';

/** Prefixes of WordPress, WooCommerce and their JWT plugins; enough to know the shape without `data`. */
const PREFIX = /^(rest|woocommerce_rest|wc|jwt_auth|wcpos|\[jwt_auth\])[_ ]/;

/**
 * "Cannot" codes mean 401 when nobody is logged in and 403 otherwise (WordPress's
 * rest_authorization_required_code()), so their category follows the status.
 */
const BY_STATUS = /^(rest_forbidden|rest_cannot_|woocommerce_rest_cannot_)/;
const STATUS_HINTS: Readonly<Record<number, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({ 401: 'authentication', 403: 'authorization' });

/**
 * WordPress / WooCommerce REST `{code: 'rest_...', message, data: {status, params?, details?}}`
 * (a serialized WP_Error), also used by the JWT plugins (`jwt_auth_*`, 403 for token problems).
 */
export const wordpressDialect = /* @__PURE__ */ defineDialect('wordpress', (body, context) => {
  if (!isRecord(body)) return undefined;
  const sourceCode = wordCode(body.code);
  const message = text(body.message);
  if (sourceCode === undefined || message === undefined) return undefined;
  const data = isRecord(body.data) ? body.data : undefined;
  if (data === undefined && !PREFIX.test(sourceCode)) return undefined;

  const status = httpStatus(data?.status);
  const bag = new FieldErrorBag();
  const params = data?.params;
  const details = isRecord(data?.details) ? data.details : undefined;
  if (isRecord(params)) {
    for (const key of keysOf(params)) {
      const detail = details?.[key];
      bag.add(fieldPathFromName(key), isRecord(detail) && typeof detail.message === 'string' ? detail.message : params[key], message);
    }
  } else {
    // rest_missing_callback_param lists the missing names: {params: ['title']}.
    for (const name of list(params)) if (typeof name === 'string') bag.add(fieldPathFromName(name), stripTags(message));
  }
  const effective = status ?? context.status;
  return {
    sourceCode,
    message: stripTags(message),
    status,
    category: BY_STATUS.test(sourceCode) && effective !== undefined ? STATUS_HINTS[effective] : undefined,
    fieldErrors: bag.toRecord(),
  };
});
