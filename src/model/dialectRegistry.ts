import { DEFAULT_DIALECTS } from './dialects/index.js';
import type { ApiErrorDialect } from './dialects/types.js';

let appDialects: readonly ApiErrorDialect[] = Object.freeze([]);

/**
 * Adds an app-specific body dialect. App dialects run before the built-in ones, the most
 * recently registered first. Returns a function that removes it again.
 * Errors already normalized keep their result (normalization is memoized per input).
 */
export function registerApiErrorDialect(dialect: ApiErrorDialect): () => void {
  appDialects = Object.freeze([dialect, ...appDialects]);
  return () => {
    appDialects = Object.freeze(appDialects.filter((d) => d !== dialect));
  };
}

/** App dialects first, then the built-in ones. */
export function activeDialects(): readonly ApiErrorDialect[] {
  return appDialects.length === 0 ? DEFAULT_DIALECTS : [...appDialects, ...DEFAULT_DIALECTS];
}
