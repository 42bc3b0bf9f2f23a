import { fieldPathFromName } from '../../fieldPath.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { isRecord, records, text, wordCode } from '../../dialects/read.js';

/** Okta writes a cause as 'login: An object with this field already exists ...'. */
const CAUSE = /^([A-Za-z_][\w.[\]]{0,100}):\s+(.+)$/s;

/** Okta `{errorCode: 'E0000011', errorSummary, errorLink, errorId, errorCauses: [{errorSummary}]}`. */
export const oktaDialect = /* @__PURE__ */ defineDialect('okta', (body) => {
  if (!isRecord(body)) return undefined;
  const sourceCode = wordCode(body.errorCode);
  const summary = text(body.errorSummary);
  if (sourceCode === undefined || summary === undefined) return undefined;
  const bag = new FieldErrorBag();
  for (const cause of records(body.errorCauses)) {
    const match = CAUSE.exec(text(cause.errorSummary) ?? '');
    if (match?.[1] !== undefined) bag.add(fieldPathFromName(match[1]), match[2]);
  }
  return { sourceCode, message: summary, requestId: text(body.errorId), fieldErrors: bag.toRecord() };
});
