import type { ApiErrorDialect } from './types.js';

/**
 * The dialect with its place in the run order. Ranks go in steps of ten, most specific first,
 * so a pack registered later slots in between the built-in dialects where its shape belongs.
 */
export function ranked(rank: number, dialect: ApiErrorDialect): ApiErrorDialect {
  return Object.freeze({ ...dialect, rank });
}
