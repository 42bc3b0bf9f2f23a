import type { ApiError } from '../../src/model/types.js';

/** A normalized ApiError for component tests; override any field. */
export function apiError(overrides: Partial<ApiError> = {}): ApiError {
  return Object.freeze({
    category: 'server',
    code: 'INTERNAL_ERROR',
    status: 500,
    fieldErrors: {},
    retryable: true,
    cause: undefined,
    occurredAt: Date.UTC(2025, 0, 15, 12, 0, 0),
    ...overrides,
  });
}
