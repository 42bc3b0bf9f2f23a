import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { stripeDialect } from './dialects/stripe.js';

/**
 * Stripe `error.code` values (and the OpenAI-style codes that share the envelope). Not here:
 * `authentication_required` (3-D Secure), which other APIs use for a missing login; Stripe's
 * card_error type hint keeps it a request error.
 */
const STRIPE_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  PAYMENT_REQUIRED: 'CARD_DECLINED EXPIRED_CARD INSUFFICIENT_FUNDS PROCESSING_ERROR',
  FIELD_INVALID: 'INCORRECT_CVC INCORRECT_NUMBER INVALID_CVC INVALID_EXPIRY_MONTH INVALID_EXPIRY_YEAR INVALID_NUMBER',
  NOT_FOUND: 'RESOURCE_MISSING',
  MISSING_PARAMETER: 'PARAMETER_MISSING',
  INVALID_PARAMETER:
    'PARAMETER_INVALID_INTEGER PARAMETER_INVALID_EMPTY PARAMETER_INVALID_STRING_BLANK PARAMETER_UNKNOWN',
  INVALID_EMAIL: 'EMAIL_INVALID',
  INVALID_URL: 'URL_INVALID',
  RATE_LIMIT_EXCEEDED: 'LOCK_TIMEOUT',
  CONFLICT: 'IDEMPOTENCY_KEY_IN_USE',
  MISSING_API_KEY: 'SECRET_KEY_REQUIRED',
  FORBIDDEN: 'ACCOUNT_INVALID',
});

/** Stripe `{error: {type, code, param, request_log_url}}` (also OpenAI-style `{error: {type, code}}`) and its codes. */
export const stripePack = /* @__PURE__ */ definePack('stripe', [/* @__PURE__ */ ranked(20, stripeDialect)], STRIPE_CODES);
