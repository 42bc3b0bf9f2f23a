import { API_ERROR_CODES } from '../../src/model/codes.js';
import type { ApiErrorCode } from '../../src/model/codes.js';
import type { ApiError } from '../../src/model/types.js';

/** A normalized error as the pipeline would produce it, built from the catalog. */
export function apiError(code: ApiErrorCode, extra: Partial<ApiError> = {}): ApiError {
  const info = API_ERROR_CODES[code];
  return Object.freeze({
    category: info.category,
    code,
    fieldErrors: Object.freeze({}),
    retryable: info.retryable,
    cause: undefined,
    occurredAt: Date.now(),
    ...extra,
  });
}
