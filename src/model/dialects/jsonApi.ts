import { fieldPathFromName, fieldPathFromPointer } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, httpStatus, isRecord, records, text, type BodyRecord } from './read.js';

/** A JSON:API error object has no `message`; it has some of title, detail, source, status. */
function isJsonApiError(e: BodyRecord): boolean {
  if (e.message !== undefined) return false;
  return isRecord(e.source) || typeof e.title === 'string' || typeof e.detail === 'string' || httpStatus(e.status) !== undefined;
}

/**
 * JSON:API `{errors: [{status: '422', code, title, detail, source: {pointer|parameter}}]}`.
 * '/data/attributes/address/city' becomes 'address.city'.
 */
export const jsonApiDialect = /* @__PURE__ */ defineDialect('json-api', (body) => {
  if (!isRecord(body)) return undefined;
  const errors = records(body.errors);
  const first = errors[0];
  if (first === undefined || !isJsonApiError(first)) return undefined;

  const bag = new FieldErrorBag();
  const statuses = new Set<number>();
  for (const e of errors) {
    const status = httpStatus(e.status);
    if (status !== undefined) statuses.add(status);
    const source = isRecord(e.source) ? e.source : undefined;
    const pointer = text(source?.pointer);
    const parameter = text(source?.parameter);
    const path = pointer !== undefined ? fieldPathFromPointer(pointer) : parameter !== undefined ? fieldPathFromName(parameter) : undefined;
    bag.add(path, firstText(e.detail, e.title), code(e.code));
  }
  const sourceCode = errors.map((e) => code(e.code)).find((c) => c !== undefined);
  return {
    sourceCode,
    message: firstText(first.detail, first.title),
    // Several errors of different statuses: the body does not name one.
    status: statuses.size === 1 ? [...statuses][0] : undefined,
    fieldErrors: bag.toRecord(),
  };
});
