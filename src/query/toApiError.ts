import { normalizeApiError } from '../model/normalizeApiError.js';
import type { ApiError } from '../model/types.js';

/**
 * The one place the query layer turns `unknown` into an ApiError. normalizeApiError is total
 * and memoized per input object, so calling it from retry, retryDelay and the cache listeners
 * for the same thrown value yields the same object (and the same `retryAt`).
 */
export function toApiError(input: unknown): ApiError {
  return normalizeApiError(input);
}
