import type { ApiErrorCategory } from '../../types.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { code, httpStatus, isRecord, text, wordCode } from '../../dialects/read.js';

/** `security` is left to the status: Adyen sends it with 401 and with 403. */
const TYPE_HINTS: Readonly<Record<string, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({
  validation: 'request',
  internal: 'server',
});

/** Adyen `{status, errorCode: '14_030', message, errorType: 'validation', pspReference}`. */
export const adyenDialect = /* @__PURE__ */ defineDialect('adyen', (body) => {
  if (!isRecord(body)) return undefined;
  const errorType = wordCode(body.errorType);
  const sourceCode = code(body.errorCode);
  if (errorType === undefined || sourceCode === undefined) return undefined;
  return {
    sourceCode,
    message: text(body.message),
    // The PSP reference is the id Adyen support looks requests up by.
    requestId: text(body.pspReference),
    status: httpStatus(body.status),
    category: Object.hasOwn(TYPE_HINTS, errorType) ? TYPE_HINTS[errorType] : undefined,
  };
});
