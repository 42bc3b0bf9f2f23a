import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { code, firstText, isRecord, list, text, wordCode } from './read.js';

/**
 * A plain list of errors: SendGrid `{errors: [{message, field, help}]}`, Twitter v1.1
 * `{errors: [{code: 88, message}]}`, Rails' full messages `{errors: ['Email is invalid']}`,
 * eBay `{errors: [{errorId: 1001, message}]}`, AppSync `{errors: [{errorType, message}]}`,
 * Linode `{errors: [{field, reason}]}`, Wise `{errors: [{code, message, path}]}`, MessageBird
 * `{errors: [{code, description, parameter}]}`, monday.com's legacy `{error_code, errors: ['...']}`,
 * and field entries with only a code (`[{field, code: 'missing_field'}]`), whose code is the message.
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
    const field = firstText(e.field, e.path, e.parameter);
    const entryCode = wordCode(e.code);
    // Not a list of messages, nor of fields with codes (GitHub's `missing_field`): someone else's
    // shape, as is an entry whose text is under another name (Spring's `defaultMessage`).
    if (message === undefined && (field === undefined || entryCode === undefined || firstText(e.defaultMessage, e.detail, e.title) !== undefined)) return undefined;
    bag.add(field === undefined ? undefined : fieldPathFromName(field), message, entryCode);
    // A code-only entry's code describes its field ('invalid'), not the failure as a whole.
    if (message === undefined) continue;
    messages.push(message);
    sourceCode ??= code(e.code) ?? code(e.errorId) ?? wordCode(e.errorType);
  }
  if (messages.length === 0 && bag.size === 0) return undefined;
  return { sourceCode: sourceCode ?? wordCode(body.error_code), message: messages[0], fieldErrors: bag.toRecord() };
});
