import { normalizeApiError } from '../core/normalizeApiError.js';
import type { ApiError } from '../core/types.js';

/**
 * The one place the React layer turns `unknown` into an ApiError. normalizeApiError is total,
 * memoized per input object (so `retryAt` stays put across renders) and passes ApiErrors through.
 */
export function toApiError(input: unknown): ApiError {
  return normalizeApiError(input);
}
