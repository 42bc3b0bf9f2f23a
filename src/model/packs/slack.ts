import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { slackDialect } from './dialects/slack.js';

/** Slack Web API `error` values (sent with HTTP 200). */
const SLACK_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  TOKEN_INVALID: 'INVALID_AUTH NOT_ALLOWED_TOKEN_TYPE',
  ACCOUNT_SUSPENDED: 'ACCOUNT_INACTIVE',
  INSUFFICIENT_PERMISSIONS: 'NO_PERMISSION',
  FORBIDDEN: 'NOT_IN_CHANNEL RESTRICTED_ACTION TEAM_ACCESS_NOT_GRANTED',
  OPERATION_NOT_ALLOWED: 'IS_ARCHIVED',
  INVALID_PARAMETER: 'INVALID_ARGUMENTS INVALID_ARG_NAME TOO_MANY_ATTACHMENTS',
  INVALID_REQUEST: 'INVALID_FORM_DATA',
  MISSING_PARAMETER: 'NO_TEXT',
  FIELD_TOO_LONG: 'MSG_TOO_LONG',
  INTERNAL_ERROR: 'FATAL_ERROR',
});

/** Slack Web API `{ok: false, error}` (sent with HTTP 200) and its codes. */
export const slackPack = /* @__PURE__ */ definePack('slack', [/* @__PURE__ */ ranked(180, slackDialect)], SLACK_CODES);
