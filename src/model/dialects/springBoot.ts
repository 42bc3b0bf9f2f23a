import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { firstText, httpStatus, isRecord, records, text } from './read.js';

/** Spring's placeholder when a message was not included in the answer. */
const NO_MESSAGE = 'No message available';

/**
 * Spring Boot's default error body `{timestamp, status, error: 'Not Found', message?, path}`,
 * with binding errors `errors: [{field, defaultMessage}]` when they are included.
 */
export const springBootDialect = /* @__PURE__ */ defineDialect('spring-boot', (body) => {
  if (!isRecord(body) || body.timestamp === undefined || typeof body.error !== 'string') return undefined;
  const status = httpStatus(body.status);
  if (status === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const e of records(body.errors)) {
    const field = text(e.field);
    bag.add(field === undefined ? undefined : fieldPathFromName(field), firstText(e.defaultMessage, e.message));
  }
  const message = text(body.message);
  return {
    message: firstText(message === NO_MESSAGE ? undefined : message, body.error),
    status,
    fieldErrors: bag.toRecord(),
  };
});
