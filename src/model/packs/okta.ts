import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { oktaDialect } from './dialects/okta.js';

/** Okta's E0000xxx codes. */
const OKTA_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  VALIDATION_ERROR: 'E0000001',
  INVALID_JSON: 'E0000003',
  INVALID_CREDENTIALS: 'E0000004',
  TOKEN_INVALID: 'E0000005 E0000011',
  FORBIDDEN: 'E0000006 E0000015',
  NOT_FOUND: 'E0000007',
  METHOD_NOT_ALLOWED: 'E0000022',
  OPERATION_NOT_ALLOWED: 'E0000038',
  RATE_LIMIT_EXCEEDED: 'E0000047',
  CONFLICT: 'E0000054',
  INTERNAL_ERROR: 'E0000009',
});

/** Okta `{errorCode: 'E0000011', errorSummary, errorCauses}` and its E0000xxx codes. */
export const oktaPack = /* @__PURE__ */ definePack('okta', [/* @__PURE__ */ ranked(140, oktaDialect)], OKTA_CODES);
