import { normalizeApiError } from '../model/normalizeApiError.js';
import type { ApiError } from '../model/types.js';

/**
 * The one place the React layer turns `unknown` into an ApiError. normalizeApiError is total,
 * memoized per input object (so `retryAt` stays put across renders) and passes ApiErrors through.
 */
export function toApiError(input: unknown): ApiError {
  return normalizeApiError(input);
}
