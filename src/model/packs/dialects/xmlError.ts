import { defineDialect } from '../../dialects/defineDialect.js';
import { decodeEntities } from '../../dialects/decodeEntities.js';

/** Only the head of a body is scanned: error documents are small, bodies may be huge. */
const SCAN_LIMIT = 64 * 1024;

const tag = (name: string): RegExp => new RegExp(`<${name}>([^<]{1,1000})</${name}>`);
const CODE = /* @__PURE__ */ tag('Code');
const MESSAGE = /* @__PURE__ */ tag('Message');
const REQUEST_ID = /<Request(?:Id|ID)>([^<]{1,200})<\/Request(?:Id|ID)>/;

/**
 * XML error documents: S3 and the AWS query protocols (`<Error><Code>SlowDown</Code>...`,
 * `<ErrorResponse><Error>...</Error><RequestId>`, EC2's `<Response><Errors>`), Azure Storage.
 * A bounded string scan, not an XML parser: nothing here can be made to expand or recurse.
 */
export const xmlErrorDialect = /* @__PURE__ */ defineDialect('xml-error', (body) => {
  if (typeof body !== 'string') return undefined;
  const head = body.slice(0, SCAN_LIMIT);
  if (!/<Error[\s>]/.test(head)) return undefined;
  const sourceCode = CODE.exec(head)?.[1]?.trim();
  if (sourceCode === undefined || sourceCode === '') return undefined;
  const message = MESSAGE.exec(head)?.[1];
  const requestId = REQUEST_ID.exec(head)?.[1]?.trim();
  return {
    sourceCode: decodeEntities(sourceCode),
    message: message === undefined ? undefined : decodeEntities(message).trim(),
    requestId: requestId === '' ? undefined : requestId,
  };
});
