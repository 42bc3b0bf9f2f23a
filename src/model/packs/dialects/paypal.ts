import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { firstText, isRecord, records, text, wordCode } from '../../dialects/read.js';

/**
 * PayPal REST `{name: 'UNPROCESSABLE_ENTITY', message, debug_id, details: [{field, issue,
 * description, location}], links}` (401s come with `links` only). `debug_id` is what PayPal support asks for.
 */
export const paypalDialect = /* @__PURE__ */ defineDialect('paypal', (body) => {
  if (!isRecord(body)) return undefined;
  const name = wordCode(body.name);
  if (name === undefined || !/^[A-Z][A-Z_]+$/.test(name)) return undefined;
  if (typeof body.debug_id !== 'string' && !Array.isArray(body.details) && !Array.isArray(body.links)) return undefined;
  const bag = new FieldErrorBag();
  for (const d of records(body.details)) {
    const field = text(d.field);
    bag.add(field === undefined ? undefined : fieldPathFromName(field), firstText(d.description, d.issue));
  }
  return {
    sourceCode: name,
    message: text(body.message),
    requestId: text(body.debug_id),
    fieldErrors: bag.toRecord(),
  };
});
