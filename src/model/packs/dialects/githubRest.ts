import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { httpStatus, isRecord, list, text, wordCode } from '../../dialects/read.js';

/**
 * GitHub REST `{message, documentation_url, errors?: [{resource, field, code, message?}], status?}`.
 * GitHub sends rate limits as 403; its headers tell the pipeline, and the message is a hint.
 */
export const githubRestDialect = /* @__PURE__ */ defineDialect('github-rest', (body) => {
  if (!isRecord(body) || typeof body.documentation_url !== 'string') return undefined;
  const message = text(body.message);
  if (message === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const e of list(body.errors)) {
    if (!isRecord(e)) continue;
    const field = text(e.field);
    // 'missing_field' and friends carry no text; the code is the best there is.
    bag.add(field === undefined ? undefined : fieldPathFromName(field), e.message, wordCode(e.code));
  }
  return {
    message,
    status: httpStatus(body.status),
    category: /\brate limit/i.test(message) ? 'rate_limit' : undefined,
    fieldErrors: bag.toRecord(),
  };
});
