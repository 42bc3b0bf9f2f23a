import { isApiErrorCode, type ApiErrorCode } from './codes.js';
import { codeKey } from './codeKey.js';
import { SOURCE_CODE_ALIASES } from './sourceCodes.js';
import { VENDOR_CODE_ALIASES } from './vendorCodes.js';

function own(table: Readonly<Record<string, ApiErrorCode>>, key: string): ApiErrorCode | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * The canonical code a received code names directly: a catalog code as such, a seed code,
 * or a vendor code. `UNKNOWN_ERROR` is no evidence, so it resolves to nothing.
 */
export function resolveKnownCode(sourceCode: string): ApiErrorCode | undefined {
  const key = codeKey(sourceCode);
  if (key === '' || key === 'UNKNOWN_ERROR') return undefined;
  if (isApiErrorCode(key)) return key;
  return own(SOURCE_CODE_ALIASES, key) ?? own(VENDOR_CODE_ALIASES, key);
}
