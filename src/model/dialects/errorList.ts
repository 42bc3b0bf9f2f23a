import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, isRecord, list, text, wordCode } from './read.js';

/**
 * A plain list of errors: SendGrid `{errors: [{message, field, help}]}`, Twitter v1.1
 * `{errors: [{code: 88, message}]}`, Rails' full messages `{errors: ['Email is invalid']}`,
 * eBay `{errors: [{errorId: 1001, message}]}`, AppSync `{errors: [{errorType, message}]}`,
 * Linode `{errors: [{field, reason}]}`, Wise `{errors: [{code, message, path}]}`, MessageBird
 * `{errors: [{code, description, parameter}]}`, monday.com's legacy `{error_code, errors: ['...']}`.
 */
export const errorListDialect = /* @__PURE__ */ defineDialect('error-list', (body) => {
  if (!isRecord(body)) return undefined;
  const errors = list(body.errors);
  if (errors.length === 0) return undefined;
  const bag = new FieldErrorBag();
  const messages: string[] = [];
  let sourceCode: string | undefined;
  for (const e of errors) {
    if (typeof e === 'string') {
      if (text(e) !== undefined) messages.push(e.trim());
      continue;
    }
    if (!isRecord(e)) return undefined;
    const message = firstText(e.message, e.reason, e.description);
    if (message === undefined) return undefined; // not a list of messages: someone else's shape
    messages.push(message);
    sourceCode ??= code(e.code) ?? code(e.errorId) ?? wordCode(e.errorType);
    const field = firstText(e.field, e.path, e.parameter);
    bag.add(field === undefined ? undefined : fieldPathFromName(field), message);
  }
  if (messages.length === 0) return undefined;
  return { sourceCode: sourceCode ?? wordCode(body.error_code), message: messages[0], fieldErrors: bag.toRecord() };
});
