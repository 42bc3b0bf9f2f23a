// The `react-api-error-kit/core` entry: the framework-free model. Explicit names only.
export { API_ERROR_CODES, isApiErrorCode } from './model/codes.js';
export type { ApiErrorCode, ApiErrorCodeInfo } from './model/codes.js';
export { API_ERROR_CATEGORIES } from './model/types.js';
export type { ApiError, ApiErrorCategory, ApiErrorRequest } from './model/types.js';
export { normalizeApiError } from './model/normalizeApiError.js';
export { isApiError } from './model/isApiError.js';
export { ApiResponseError } from './model/http/ApiResponseError.js';
export type { ApiResponseErrorInit, ApiRequestLike } from './model/http/ApiResponseError.js';
export { readJsonOrThrow } from './model/http/readJsonOrThrow.js';
export { registerApiErrorDialect } from './model/dialectRegistry.js';
export type {
  ApiErrorDialect,
  ApiErrorDialectInput,
  ApiErrorDialectPack,
  DialectContext,
  DialectResult,
  HeaderReader,
} from './model/dialects/types.js';
export { redactUrl, REDACTED } from './model/redact.js';
export { createSessionCoordinator } from './runtime/session.js';
export type { SessionCoordinator, SessionCoordinatorOptions, SessionHandlers } from './runtime/session.js';
