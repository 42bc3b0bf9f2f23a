import { isApiErrorCode, type ApiErrorCode } from './codes.js';
import { codeKey } from './codeKey.js';
import { SOURCE_CODE_ALIASES } from './sourceCodes.js';
import { vendorCodeAlias } from './vendorCodes.js';

/**
 * The canonical code a received code names directly: a catalog code as such, a seed code,
 * or a vendor code (a registered pack's, or the default table's). `UNKNOWN_ERROR` is no
 * evidence, so it resolves to nothing.
 */
export function resolveKnownCode(sourceCode: string): ApiErrorCode | undefined {
  const key = codeKey(sourceCode);
  if (key === '' || key === 'UNKNOWN_ERROR') return undefined;
  if (isApiErrorCode(key)) return key;
  return (Object.hasOwn(SOURCE_CODE_ALIASES, key) ? SOURCE_CODE_ALIASES[key] : undefined) ?? vendorCodeAlias(key);
}
