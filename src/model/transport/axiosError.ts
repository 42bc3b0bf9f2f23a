import type { RawFailure } from '../rawFailure.js';
import { getProp, getString } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';
import { nodeCodeToCanonical } from './nodeSystemCodes.js';

/**
 * axios errors (`isAxiosError: true`). With a response: its status, headers and data; the
 * body's own code is the source code (axios' ERR_BAD_REQUEST only restates the status).
 * Without one: the axios or Node `code` (ERR_NETWORK, ECONNABORTED, ERR_CANCELED, ...).
 */
export function detectAxiosError(error: unknown): RawFailure | undefined {
  if (getProp(error, 'isAxiosError') !== true) return undefined;
  const response = getProp(error, 'response');
  const request = responseRequest(getProp(error, 'config'), undefined);
  if (response !== undefined && response !== null) {
    return { ...responseParts(response), ...bodyParts(getProp(response, 'data')), request };
  }
  const code = getString(error, 'code');
  const canonical = code === undefined ? undefined : nodeCodeToCanonical(code);
  return { code: canonical ?? 'NETWORK_ERROR', sourceCode: code, request };
}
