import type { ApiErrorCategory } from '../../types.js';
import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { firstText, isRecord, records, text, wordCode } from '../../dialects/read.js';

/** INVALID_REQUEST_ERROR has no hint: Square files 404s and 409s under it too. */
const CATEGORY_HINTS: Readonly<Record<string, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({
  AUTHENTICATION_ERROR: 'authentication',
  PAYMENT_METHOD_ERROR: 'request',
  REFUND_ERROR: 'request',
  RATE_LIMIT_ERROR: 'rate_limit',
  API_ERROR: 'server',
});

/** Square `{errors: [{category: 'INVALID_REQUEST_ERROR', code, detail, field}]}`. */
export const squareDialect = /* @__PURE__ */ defineDialect('square', (body) => {
  if (!isRecord(body)) return undefined;
  const errors = records(body.errors);
  const first = errors[0];
  const category = wordCode(first?.category);
  if (first === undefined || category === undefined || wordCode(first.code) === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const e of errors) {
    const field = text(e.field);
    bag.add(field === undefined ? undefined : fieldPathFromName(field), e.detail, wordCode(e.code));
  }
  return {
    sourceCode: wordCode(first.code),
    message: firstText(first.detail),
    category: Object.hasOwn(CATEGORY_HINTS, category) ? CATEGORY_HINTS[category] : undefined,
    fieldErrors: bag.toRecord(),
  };
});
