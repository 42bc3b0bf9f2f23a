import { MAX_CAUSE_DEPTH } from '../limits.js';
import type { RawFailure } from '../rawFailure.js';
import { getProp, getString } from '../safeAccess.js';
import { nodeCodeToCanonical } from './nodeSystemCodes.js';

/**
 * Node system errors and undici errors by `code`, also when wrapped as `cause`
 * (undici's `TypeError: fetch failed` carries the real code in `cause.code`).
 */
export function detectNodeSystemError(error: unknown, depth = 0): RawFailure | undefined {
  if (depth > MAX_CAUSE_DEPTH) return undefined;
  // node-fetch's FetchError names a timeout or a bad body in `type` and has no `code` then.
  const code = getString(error, 'code') ?? getString(error, 'type');
  const canonical = code === undefined ? undefined : nodeCodeToCanonical(code);
  if (canonical && code) return { code: canonical, sourceCode: code };
  const cause = getProp(error, 'cause');
  if (cause !== undefined && cause !== error) return detectNodeSystemError(cause, depth + 1);
  // AggregateError (happy eyeballs: every address refused) keeps codes in `errors`.
  const errors = getProp(error, 'errors');
  if (error instanceof Error && Array.isArray(errors) && errors.length > 0) return detectNodeSystemError(errors[0], depth + 1);
  return undefined;
}
