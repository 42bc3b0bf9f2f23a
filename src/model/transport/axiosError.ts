import type { RawFailure } from '../rawFailure.js';
import { getProp, getString } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';
import { nodeCodeToCanonical } from './nodeSystemCodes.js';

/**
 * axios errors (`isAxiosError: true`). With a response: its status, headers and data; the
 * body's own code is the source code (axios' ERR_BAD_REQUEST only restates the status).
 * Without one: the axios or Node `code` (ERR_NETWORK, ECONNABORTED, ERR_CANCELED, ...).
 */
/** axios messages for an answer whose body broke off (its code is only ERR_BAD_RESPONSE then). */
const BROKEN_BODY_MESSAGES: readonly RegExp[] = [/^stream has been aborted$/];

export function detectAxiosError(error: unknown): RawFailure | undefined {
  if (getProp(error, 'isAxiosError') !== true) return undefined;
  const response = getProp(error, 'response');
  const request = responseRequest(getProp(error, 'config'), undefined);
  const message = getString(error, 'message') ?? '';
  if (BROKEN_BODY_MESSAGES.some((pattern) => pattern.test(message))) return { code: 'CONNECTION_RESET', sourceCode: getString(error, 'code'), request };
  if (response !== undefined && response !== null) {
    return { ...responseParts(response), ...bodyParts(getProp(response, 'data')), request };
  }
  const code = getString(error, 'code');
  const canonical = code === undefined ? undefined : nodeCodeToCanonical(code);
  return { code: canonical ?? 'NETWORK_ERROR', sourceCode: code, request };
}
