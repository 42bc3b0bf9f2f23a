import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { list, records, text, wordCode } from '../../dialects/read.js';

/**
 * Salesforce REST: the body is an array, `[{message, errorCode: 'INVALID_SESSION_ID', fields?: ['LastName']}]`.
 * The first entry's code stands for the answer; every entry's fields get its message.
 */
export const salesforceDialect = /* @__PURE__ */ defineDialect('salesforce', (body) => {
  if (!Array.isArray(body)) return undefined;
  const entries = records(body);
  const first = entries[0];
  if (first === undefined) return undefined;
  const sourceCode = wordCode(first.errorCode);
  const message = text(first.message);
  if (sourceCode === undefined || message === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const entry of entries) {
    for (const field of list(entry.fields)) {
      const name = text(field);
      bag.add(name === undefined ? undefined : fieldPathFromName(name), entry.message);
    }
  }
  return { sourceCode, message, fieldErrors: bag.toRecord() };
});
