import { addMessageTree } from './addMessageTree.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, isRecord, text, wordCode, type BodyRecord } from './read.js';

/** A code is one token ('INVALID_TOKEN', -9); 'Code is invalid' is a field message. */
const TOKEN = /^-?[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;

/** `errors: {code, message}` (Zarinpal's `{data, errors: {code: -9, message, validations}}`) is one error. */
function singleError(errors: BodyRecord): { sourceCode: string; message: string | undefined } | undefined {
  const sourceCode = code(errors.code);
  if (sourceCode === undefined || !TOKEN.test(sourceCode) || Array.isArray(errors.message)) return undefined;
  const message = text(errors.message);
  return message === undefined ? undefined : { sourceCode, message };
}

/**
 * An `errors` map or string beside an optional message: Laravel `{message, errors: {email: [...]}}`,
 * Rails `{errors: {email: [...]}}`, Shopify REST `{errors: 'Not Found' | {title: [...]}}`,
 * GitLab `{message: {name: [...]}}`, and seed 003 `{success: false, errors: {field: msg},
 * message, error_code: 'VAL_001'}` (whose failures may also come without `errors`). An `errors`
 * object with a code and a message is one error, not fields named `code` and `message`.
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
  const single = isRecord(errors) ? singleError(errors) : undefined;
  if (single !== undefined) return single;
  const bag = new FieldErrorBag();
  const loose = [...(isRecord(errors) ? addMessageTree(bag, errors) : []), ...(messageMap === undefined ? [] : addMessageTree(bag, messageMap))];
  const first = bag.toRecord();
  return {
    sourceCode: wordCode(body.error_code) ?? wordCode(body.errorCode) ?? wordCode(body.code),
    message: firstText(body.message, errors, loose[0], first === undefined ? undefined : Object.values(first)[0]?.[0]),
    fieldErrors: first,
  };
});

