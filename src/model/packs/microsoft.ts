import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { odataDialect } from './dialects/odata.js';

/** Azure Resource Manager, Azure Storage, Microsoft Graph / Entra ID (OData `error.code`). */
const AZURE_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  INVALID_CREDENTIALS: 'AUTHENTICATIONFAILED',
  TOKEN_INVALID:
    'INVALIDAUTHENTICATIONTOKEN INVALIDAUTHENTICATIONTOKENAUDIENCE INVALIDAUTHENTICATIONTOKENTENANT ' +
    'AUTHENTICATIONFAILEDINVALIDHEADER',
  FORBIDDEN: 'AUTHORIZATIONFAILED',
  INSUFFICIENT_PERMISSIONS: 'AUTHORIZATIONPERMISSIONMISMATCH',
  RATE_LIMIT_EXCEEDED: 'ACTIVITYLIMITREACHED',
  SERVICE_UNAVAILABLE: 'SERVERBUSY SERVICENOTAVAILABLE',
  INTERNAL_ERROR: 'GENERALEXCEPTION',
  INVALID_REQUEST: 'INVALIDREQUEST REQUEST_BADREQUEST BADREQUEST INVALIDREQUESTCONTENT INVALIDTEMPLATE',
  INVALID_PARAMETER: 'INVALIDPARAMETER',
  PRECONDITION_FAILED: 'RESOURCEMODIFIED',
  OPERATION_NOT_ALLOWED: 'NOTALLOWED',
  NOT_IMPLEMENTED: 'NOTSUPPORTED',
});

/** Microsoft: OData / Azure Resource Manager / Azure Storage / Microsoft Graph `{error: {code, message, target, details, innerError}}` and their codes. */
export const microsoftPack = /* @__PURE__ */ definePack('microsoft', [/* @__PURE__ */ ranked(30, odataDialect)], AZURE_CODES);
