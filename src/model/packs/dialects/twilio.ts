import type { ApiErrorCategory } from '../../types.js';
import { defineDialect } from '../../dialects/defineDialect.js';
import { httpStatus, isRecord, text } from '../../dialects/read.js';

/** Twilio's numeric codes whose meaning the HTTP status may not carry. */
const CODE_HINTS: Readonly<Record<string, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({
  '20003': 'authentication',
  '20404': 'not_found',
  '20429': 'rate_limit',
  '20500': 'server',
  '20503': 'server',
});

/** Twilio `{code: 20003, message, more_info: 'https://www.twilio.com/docs/errors/20003', status: 401}`. */
export const twilioDialect = /* @__PURE__ */ defineDialect('twilio', (body) => {
  if (!isRecord(body) || typeof body.code !== 'number' || typeof body.more_info !== 'string') return undefined;
  if (!Number.isSafeInteger(body.code)) return undefined;
  const sourceCode = String(body.code);
  return {
    sourceCode,
    message: text(body.message),
    status: httpStatus(body.status),
    category: Object.hasOwn(CODE_HINTS, sourceCode) ? CODE_HINTS[sourceCode] : undefined,
  };
});
