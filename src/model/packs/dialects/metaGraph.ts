import { defineDialect } from '../../dialects/defineDialect.js';
import { isRecord, text } from '../../dialects/read.js';

/**
 * Meta Graph API (Facebook, Instagram, WhatsApp Cloud, Marketing): `{error: {message,
 * type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id}}`. The numeric code names
 * the failure while the HTTP status is a bare 400 or 403 ("Handling Errors"): 102/190 session or
 * token; 4/17/32/341/613, the 800xx business-use-case limits and WhatsApp's 130429/131048/131056
 * throttling; 10, 2xx and 368 permission or policy blocks. `fbtrace_id` is the id Meta support
 * asks for, so it is the request id.
 */
export const metaGraphDialect = /* @__PURE__ */ defineDialect('meta-graph', (body) => {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.fbtrace_id !== 'string' || !Number.isSafeInteger(error.code)) return undefined;
  const c = String(error.code);
  return {
    sourceCode: c,
    message: text(error.message),
    requestId: error.fbtrace_id,
    category: /^(102|190)$/.test(c)
      ? 'authentication'
      : /^(4|17|32|341|613|800\d\d|13(0429|1048|1056))$/.test(c)
        ? 'rate_limit'
        : /^(10|368|2\d\d)$/.test(c)
          ? 'authorization'
          : undefined,
  };
});
