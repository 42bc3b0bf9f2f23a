import type { ApiErrorDialect } from './types.js';

/** Built-in body dialects, most specific first. Each one detects its own shape. */
export const DEFAULT_DIALECTS: readonly ApiErrorDialect[] = Object.freeze([]);
