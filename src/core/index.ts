// The `react-api-error-kit/core` entry: the framework-free model. Explicit names only.
export { API_ERROR_CODES, isApiErrorCode } from './codes.js';
export type { ApiErrorCode, ApiErrorCodeInfo } from './codes.js';
export { API_ERROR_CATEGORIES } from './types.js';
export type { ApiError, ApiErrorCategory, ApiErrorRequest } from './types.js';
export { normalizeApiError } from './normalizeApiError.js';
export { isApiError } from './isApiError.js';
export { ApiResponseError } from './ApiResponseError.js';
export type { ApiResponseErrorInit, ApiRequestLike } from './ApiResponseError.js';
export { readJsonOrThrow } from './readJsonOrThrow.js';
export { registerApiErrorDialect } from './dialectRegistry.js';
export type { ApiErrorDialect, DialectContext, DialectResult, HeaderReader } from './dialects/types.js';
export { redactUrl, REDACTED } from './redact.js';
export { createSessionCoordinator } from './session.js';
export type { SessionCoordinator, SessionCoordinatorOptions, SessionHandlers } from './session.js';
