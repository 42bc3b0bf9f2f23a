import { fieldPathFromName } from '../fieldPath.js';
import { addMessageTree } from './addMessageTree.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { firstText, httpStatus, isRecord, records, text, wordCode, type BodyRecord } from './read.js';

/** Names a field-error entry may use for its field and for its text, across servers. */
const FIELD_KEYS = ['pointer', 'field', 'name', 'property', 'propertyPath', 'param', 'parameter'] as const;
const TEXT_KEYS = ['detail', 'reason', 'message', 'title', 'description'] as const;

function addEntries(bag: FieldErrorBag, entries: readonly BodyRecord[]): void {
  for (const entry of entries) {
    const field = firstText(...FIELD_KEYS.map((k) => entry[k]));
    bag.add(field === undefined ? undefined : fieldPathFromName(field), firstText(...TEXT_KEYS.map((k) => entry[k])), wordCode(entry.code));
  }
}

/**
 * RFC 9457 / 7807 problem details: {type, title, status, detail, instance} plus the extensions
 * servers add: `errors` as [{detail, pointer}] or [{field|name|property, reason|message}] or
 * ASP.NET's map {"Address.City": ["..."]}, RFC 7807's `invalid-params` (Vonage's `invalid_parameters`),
 * API Platform's `violations` (also as JSON-LD/Hydra), Mollie's `field`, a `code`/`error_code`, and
 * `traceId`/`request_id`.
 */
export const problemDetailsDialect = /* @__PURE__ */ defineDialect('problem-details', (body, context) => {
  if (!isRecord(body)) return undefined;
  const declared = context.contentType?.includes('problem+') === true;
  const title = firstText(body.title, body['hydra:title']);
  const detail = firstText(body.detail, body['hydra:description']);
  const violations = records(body.violations);
  const shaped =
    ((title !== undefined || detail !== undefined) && (typeof body.type === 'string' || httpStatus(body.status) !== undefined)) ||
    (violations.length > 0 && typeof body['@type'] === 'string');
  if (!declared && !shaped) return undefined;
  if (declared && title === undefined && detail === undefined && body.type === undefined) return undefined;

  const bag = new FieldErrorBag();
  let loose: string[] = [];
  if (Array.isArray(body.errors)) addEntries(bag, records(body.errors));
  else if (isRecord(body.errors)) loose = addMessageTree(bag, body.errors);
  // Vonage spells RFC 7807's `invalid-params` as `invalid_parameters`.
  addEntries(bag, records(body['invalid-params'] ?? body.invalid_parameters));
  addEntries(bag, violations);
  // Mollie names the one offending field beside the detail: {status: 422, detail, field: 'amount'}.
  const field = text(body.field);
  bag.add(field === undefined ? undefined : fieldPathFromName(field), detail, title);

  return {
    sourceCode: wordCode(body.code) ?? wordCode(body.error_code) ?? wordCode(body.errorCode),
    message: firstText(detail, title, loose[0]),
    requestId: firstText(body.traceId, body.trace_id, body.request_id, body.requestId, body.correlationId),
    status: httpStatus(body.status),
    fieldErrors: bag.toRecord(),
  };
});
