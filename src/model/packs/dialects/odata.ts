import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { firstText, isRecord, records, text, wordCode } from '../../dialects/read.js';

/**
 * OData / Azure Resource Manager / Microsoft Graph:
 * `{error: {code, message, target?, details?: [{code, message, target}], innererror|innerError?}}`.
 * Graph's innerError carries the 'request-id' support asks for.
 */
export const odataDialect = /* @__PURE__ */ defineDialect('odata', (body) => {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const error = body.error;
  const sourceCode = wordCode(error.code);
  if (sourceCode === undefined) return undefined;
  const inner = isRecord(error.innerError) ? error.innerError : isRecord(error.innererror) ? error.innererror : undefined;
  const details = records(error.details);
  const target = text(error.target);
  if (inner === undefined && details.length === 0 && target === undefined && !Array.isArray(error.details)) return undefined;

  const bag = new FieldErrorBag();
  for (const d of details) {
    const t = text(d.target);
    bag.add(t === undefined ? undefined : fieldPathFromName(t), d.message, wordCode(d.code));
  }
  if (details.length === 0 && target !== undefined) bag.add(fieldPathFromName(target), error.message);
  return {
    sourceCode,
    message: text(error.message),
    requestId: inner === undefined ? undefined : firstText(inner['request-id'], inner.requestId, inner['client-request-id']),
    fieldErrors: bag.toRecord(),
  };
});
