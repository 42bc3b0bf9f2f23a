import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { squareDialect } from './dialects/square.js';

/** Square `errors[].code` values. */
const SQUARE_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  ACCOUNT_SUSPENDED: 'CLIENT_DISABLED',
  FORBIDDEN: 'MERCHANT_SUBSCRIPTION_NOT_FOUND',
  FIELD_INVALID: 'INVALID_VALUE CVV_FAILURE',
  MISSING_PARAMETER: 'MISSING_REQUIRED_PARAMETER',
  FIELD_TOO_LONG: 'VALUE_TOO_LONG',
  FIELD_TOO_SHORT: 'VALUE_TOO_SHORT',
  PAYMENT_REQUIRED: 'GENERIC_DECLINE',
  CONFLICT: 'IDEMPOTENCY_KEY_REUSED VERSION_MISMATCH',
});

/** Square `{errors: [{category, code, field}]}` and its codes. */
export const squarePack = /* @__PURE__ */ definePack('square', [/* @__PURE__ */ ranked(80, squareDialect)], SQUARE_CODES);
