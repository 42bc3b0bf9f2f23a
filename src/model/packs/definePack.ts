import type { ApiErrorCode } from '../codes.js';
import type { ApiErrorDialect, ApiErrorDialectPack } from '../dialects/types.js';

/** A frozen pack; each pack module calls it once, marked pure, so an unused pack drops out of a bundle. */
export function definePack(
  name: string,
  dialects: readonly ApiErrorDialect[],
  codes?: Readonly<Record<string, ApiErrorCode>>,
): ApiErrorDialectPack {
  return Object.freeze({ name, dialects: Object.freeze([...dialects]), ...(codes !== undefined && { codes }) });
}
