import { isApiErrorCode } from './codes.js';
import { getProp } from './safeAccess.js';
import { API_ERROR_CATEGORIES, type ApiError } from './types.js';

const produced = new WeakSet<object>();

/** Marks an ApiError this copy of the library built. */
export function markApiError(error: ApiError): void {
  produced.add(error);
}

/** True only for an ApiError this copy of the library built (and already sanitized). */
export function isOwnApiError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && produced.has(value);
}

/** True for an already normalized ApiError (ours, or one with the same shape). */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  if (produced.has(value)) return true;
  const category = getProp(value, 'category');
  const code = getProp(value, 'code');
  const fieldErrors = getProp(value, 'fieldErrors');
  return (
    typeof category === 'string' &&
    (API_ERROR_CATEGORIES as readonly string[]).includes(category) &&
    typeof code === 'string' &&
    isApiErrorCode(code) &&
    typeof getProp(value, 'retryable') === 'boolean' &&
    typeof fieldErrors === 'object' &&
    fieldErrors !== null &&
    !(value instanceof Error)
  );
}
