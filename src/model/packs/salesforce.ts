import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { salesforceDialect } from './dialects/salesforce.js';

/** Salesforce REST `errorCode` values (an array body; the daily API quota arrives as 403). */
const SALESFORCE_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  TOKEN_INVALID: 'INVALID_SESSION_ID INVALID_AUTH_HEADER',
  QUOTA_EXCEEDED: 'REQUEST_LIMIT_EXCEEDED',
  MISSING_PARAMETER: 'REQUIRED_FIELD_MISSING',
  INVALID_REQUEST: 'MALFORMED_QUERY',
  INVALID_PARAMETER: 'INVALID_FIELD INVALID_TYPE',
  VALIDATION_ERROR: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  GONE: 'ENTITY_IS_DELETED',
  INSUFFICIENT_PERMISSIONS: 'INSUFFICIENT_ACCESS_OR_READONLY INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
  FORBIDDEN: 'API_DISABLED_FOR_ORG',
  RESOURCE_LOCKED: 'UNABLE_TO_LOCK_ROW',
  INTERNAL_ERROR: 'UNKNOWN_EXCEPTION',
});

/** Salesforce REST `[{message, errorCode, fields}]` and its codes. */
export const salesforcePack = /* @__PURE__ */ definePack('salesforce', [/* @__PURE__ */ ranked(190, salesforceDialect)], SALESFORCE_CODES);
