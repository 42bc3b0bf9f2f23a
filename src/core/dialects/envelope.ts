import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, httpStatus, isRecord, seconds, text, type BodyRecord } from './read.js';

/** A code that is really the HTTP status (seed 004's `code: 400`) is the status, not a code. */
function codeNotStatus(value: unknown): string | undefined {
  return typeof value === 'number' && httpStatus(value) !== undefined ? undefined : code(value);
}

/** Seed 004's `error.details.field`, and the `field`/`param` some nested envelopes carry. */
function fieldOf(error: BodyRecord | undefined): string | undefined {
  if (error === undefined) return undefined;
  const details = isRecord(error.details) ? error.details : undefined;
  const name = firstText(details?.field, error.field, error.param);
  return name === undefined ? undefined : fieldPathFromName(name);
}

/**
 * The common envelopes, the seeds among them: nested `{error: {code, message, details}}`
 * (seed 002), `{code: 400, status: 'error', message, error: {code, message, details: {field}}}`
 * (seed 004), snake_case codes with `request_id`, flat or nested (seed 001), WCPOS `API0xxxx`,
 * flat `{code, message}`, `error_code`, and bodies that carry only a message.
 */
export const envelopeDialect = defineDialect('envelope', (body) => {
  if (!isRecord(body)) return undefined;
  const error = isRecord(body.error) ? body.error : undefined;
  const sourceCode =
    codeNotStatus(error?.code) ?? codeNotStatus(body.error_code) ?? codeNotStatus(body.errorCode) ?? codeNotStatus(body.code) ?? codeNotStatus(error?.error_code);
  const message = firstText(error?.message, body.message, body.errorMessage, body.error_message, body.error, body.error_description, body.msg);
  if (sourceCode === undefined && message === undefined) return undefined;

  const bag = new FieldErrorBag();
  bag.add(fieldOf(error), error?.message, text(body.message));
  return {
    sourceCode,
    message,
    requestId: firstText(error?.request_id, error?.requestId, body.request_id, body.requestId),
    status: httpStatus(typeof body.code === 'number' ? body.code : undefined) ?? httpStatus(typeof body.status === 'number' ? body.status : undefined),
    retryAfterSeconds: seconds(error?.retry_after) ?? seconds(body.retry_after) ?? seconds(error?.retryAfter) ?? seconds(body.retryAfter),
    fieldErrors: bag.toRecord(),
  };
});
