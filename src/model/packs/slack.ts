import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { slackDialect } from './dialects/slack.js';

/** Slack Web API `error` values (sent with HTTP 200). */
const SLACK_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  TOKEN_INVALID: 'INVALID_AUTH NOT_ALLOWED_TOKEN_TYPE',
  AUTH_REQUIRED: 'NOT_AUTHED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  TOKEN_REVOKED: 'TOKEN_REVOKED',
  ACCOUNT_SUSPENDED: 'ACCOUNT_INACTIVE',
  RATE_LIMIT_EXCEEDED: 'RATELIMITED',
  INSUFFICIENT_SCOPE: 'MISSING_SCOPE',
  INSUFFICIENT_PERMISSIONS: 'NO_PERMISSION',
  FORBIDDEN: 'NOT_IN_CHANNEL RESTRICTED_ACTION EKM_ACCESS_DENIED TEAM_ACCESS_NOT_GRANTED',
  OPERATION_NOT_ALLOWED: 'IS_ARCHIVED',
  NOT_FOUND: 'CHANNEL_NOT_FOUND USER_NOT_FOUND MESSAGE_NOT_FOUND',
  INVALID_PARAMETER: 'INVALID_ARGUMENTS INVALID_ARG_NAME TOO_MANY_ATTACHMENTS',
  INVALID_REQUEST: 'INVALID_FORM_DATA',
  MISSING_PARAMETER: 'NO_TEXT',
  FIELD_TOO_LONG: 'MSG_TOO_LONG',
  GATEWAY_TIMEOUT: 'REQUEST_TIMEOUT',
  INTERNAL_ERROR: 'FATAL_ERROR',
});

/** Slack Web API `{ok: false, error}` (sent with HTTP 200) and its codes. */
export const slackPack = /* @__PURE__ */ definePack('slack', [ranked(180, slackDialect)], SLACK_CODES);
