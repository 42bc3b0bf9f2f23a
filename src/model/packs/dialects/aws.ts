import { defineDialect } from '../../dialects/defineDialect.js';
import { firstText, isRecord, text } from '../../dialects/read.js';

/**
 * AWS JSON protocols: `{__type: 'com.amazon.coral.validate#ValidationException', message}`
 * and the `x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/...` header
 * (API Gateway sends only the header, with `{message}`). The code is the short name.
 * Throttling arrives as HTTP 400, so the code must carry the category (see vendorCodes).
 */
function shortName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const afterHash = raw.slice(raw.lastIndexOf('#') + 1);
  const colon = afterHash.indexOf(':');
  const name = (colon === -1 ? afterHash : afterHash.slice(0, colon)).trim();
  return /^[A-Za-z][\w.]{0,99}$/.test(name) ? name : undefined;
}

export const awsDialect = /* @__PURE__ */ defineDialect('aws', (body, context) => {
  const record = isRecord(body) ? body : undefined;
  const sourceCode = shortName(text(record?.__type)) ?? shortName(text(context.headers.get('x-amzn-errortype')));
  if (sourceCode === undefined) return undefined;
  return {
    sourceCode,
    message: firstText(record?.message, record?.Message, record?.errorMessage),
  };
});
