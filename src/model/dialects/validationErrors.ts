import { addMessageTree } from './addMessageTree.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { firstText, isRecord, wordCode } from './read.js';

/**
 * An `errors` map or string beside an optional message: Laravel `{message, errors: {email: [...]}}`,
 * Rails `{errors: {email: [...]}}`, Shopify REST `{errors: 'Not Found' | {title: [...]}}`,
 * GitLab `{message: {name: [...]}}`, and seed 003 `{success: false, errors: {field: msg},
 * message, error_code: 'VAL_001'}` (whose failures may also come without `errors`).
 */
export const validationErrorsDialect = /* @__PURE__ */ defineDialect('validation-errors', (body) => {
  if (!isRecord(body)) return undefined;
  const errors = body.errors;
  const seed003 = body.success === false;
  const messageMap = isRecord(body.message) ? body.message : undefined;
  if (!seed003 && !isRecord(errors) && typeof errors !== 'string' && messageMap === undefined) return undefined;

  // Phoenix's ErrorJSON `{errors: {detail: 'Not Found'}}` is a message, not a field named detail.
  if (isRecord(errors) && Object.keys(errors).length === 1 && typeof errors.detail === 'string') {
    return { message: errors.detail, sourceCode: wordCode(body.code) };
  }
  const bag = new FieldErrorBag();
  const loose = [...(isRecord(errors) ? addMessageTree(bag, errors) : []), ...(messageMap === undefined ? [] : addMessageTree(bag, messageMap))];
  const first = bag.toRecord();
  return {
    sourceCode: wordCode(body.error_code) ?? wordCode(body.errorCode) ?? wordCode(body.code),
    message: firstText(body.message, errors, loose[0], first === undefined ? undefined : Object.values(first)[0]?.[0]),
    requestId: firstText(body.request_id, body.requestId),
    fieldErrors: first,
  };
});

