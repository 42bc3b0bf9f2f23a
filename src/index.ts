// Root entry: the framework-free model plus the React layer. Explicit names only (no `export *`):
// everything exported here is public API.
export { API_ERROR_CODES } from './core/codes.js';
export type { ApiErrorCode, ApiErrorCodeInfo } from './core/codes.js';
export { API_ERROR_CATEGORIES } from './core/types.js';
export type { ApiError, ApiErrorCategory, ApiErrorRequest } from './core/types.js';
