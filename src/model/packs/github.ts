import type { ApiErrorCode } from '../codes.js';
import { ranked } from '../dialects/ranked.js';
import { aliasTable } from '../vendorAliases/aliasTable.js';
import { definePack } from './definePack.js';
import { githubRestDialect } from './dialects/githubRest.js';

/** GitHub's OAuth endpoints, which answer HTTP 200 with `{error, error_description, error_uri}`. */
const GITHUB_OAUTH_CODES: Readonly<Record<string, ApiErrorCode>> = /* @__PURE__ */ aliasTable({
  TOKEN_INVALID: 'BAD_VERIFICATION_CODE INCORRECT_DEVICE_CODE',
  INVALID_CREDENTIALS: 'INCORRECT_CLIENT_CREDENTIALS',
  REFRESH_TOKEN_INVALID: 'BAD_REFRESH_TOKEN',
  INVALID_REQUEST: 'REDIRECT_URI_MISMATCH',
});

/** GitHub REST `{message, documentation_url, errors}` and the codes of its OAuth endpoints. */
export const githubPack = /* @__PURE__ */ definePack('github', [/* @__PURE__ */ ranked(110, githubRestDialect)], GITHUB_OAUTH_CODES);
