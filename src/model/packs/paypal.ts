import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { paypalDialect } from './dialects/paypal.js';

/** PayPal REST `name` values. */
const PAYPAL_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  FORBIDDEN: 'NOT_AUTHORIZED',
  NOT_FOUND: 'INVALID_RESOURCE_ID',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
  UNSUPPORTED_MEDIA_TYPE: 'MEDIA_TYPE_NOT_ACCEPTABLE',
  DUPLICATE_OPERATION: 'DUPLICATE_REQUEST_ID',
  PAYMENT_REQUIRED: 'INSTRUMENT_DECLINED',
});

/** PayPal `{name, message, debug_id, details[]}` and its codes. */
export const paypalPack = /* @__PURE__ */ definePack('paypal', [/* @__PURE__ */ ranked(130, paypalDialect)], PAYPAL_CODES);
