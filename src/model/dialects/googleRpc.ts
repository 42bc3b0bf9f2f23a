import { fieldPathFromName } from '../fieldPath.js';
import { defineDialect } from './defineDialect.js';
import { FieldErrorBag } from './FieldErrorBag.js';
import { googleReasonHint } from './googleReasonHints.js';
import { parseDuration } from './parseDuration.js';
import { code, firstText, httpStatus, isRecord, records, text, wordCode, type BodyRecord } from './read.js';

/** gRPC status names are upper snake words ('RESOURCE_EXHAUSTED'). */
const GRPC_STATUS = /^[A-Z][A-Z_]+$/;
/** Firebase Auth puts its code in `message`, sometimes followed by ' : explanation'. */
const FIREBASE_MESSAGE = /^([A-Z][A-Z0-9_]{2,})(?:\s*:.*)?$/s;

function typeOf(detail: BodyRecord): string {
  const t = detail['@type'];
  return typeof t === 'string' ? t.slice(t.lastIndexOf('.') + 1) : '';
}

/**
 * Google APIs: `google.rpc.Status` ({error: {code: 429, message, status: 'RESOURCE_EXHAUSTED',
 * details: [ErrorInfo, RetryInfo, RequestInfo, BadRequest, LocalizedMessage]}}) and the older
 * `{error: {code, message, errors: [{reason, domain, message}]}}` that Firebase Auth also uses.
 */
export const googleRpcDialect = /* @__PURE__ */ defineDialect('google-rpc', (body) => {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const error = body.error;
  if (typeof error.code !== 'number') return undefined;
  const status = wordCode(error.status);
  const details = records(error.details);
  const legacy = records(error.errors);
  const typed = details.some((d) => typeof d['@type'] === 'string');
  if (!(status !== undefined && GRPC_STATUS.test(status)) && !typed && legacy.length === 0) return undefined;

  const bag = new FieldErrorBag();
  let requestId: string | undefined;
  let retryAfterSeconds: number | undefined;
  let localized: string | undefined;
  let reason: string | undefined;
  for (const detail of details) {
    switch (typeOf(detail)) {
      case 'ErrorInfo':
        reason ??= wordCode(detail.reason);
        break;
      case 'RetryInfo':
        retryAfterSeconds ??= parseDuration(detail.retryDelay);
        break;
      case 'RequestInfo':
        requestId ??= text(detail.requestId);
        break;
      case 'BadRequest':
        for (const v of records(detail.fieldViolations)) {
          const field = text(v.field);
          bag.add(field === undefined ? undefined : fieldPathFromName(field), v.description, 'invalid');
        }
        break;
      case 'LocalizedMessage':
        localized ??= text(detail.message);
        break;
    }
  }
  // Legacy errors name a parameter through location/locationType.
  for (const e of legacy) {
    // GoCardless shares this envelope and names the field outright.
    const location = e.locationType === 'parameter' ? text(e.location) : text(e.field);
    bag.add(location === undefined ? undefined : fieldPathFromName(location), e.message);
  }

  const message = text(error.message);
  const firebase = message === undefined ? undefined : FIREBASE_MESSAGE.exec(message)?.[1];
  const legacyReason = legacy.length > 0 ? code(legacy[0]?.reason) : undefined;
  return {
    // A bare code as the message (Firebase's 'TOKEN_EXPIRED' beside status INVALID_ARGUMENT) is the specific one.
    sourceCode: firebase ?? status ?? legacyReason ?? reason,
    category: googleReasonHint(reason),
    message: firstText(localized, message),
    requestId,
    retryAfterSeconds,
    status: httpStatus(error.code),
    fieldErrors: bag.toRecord(),
  };
});
