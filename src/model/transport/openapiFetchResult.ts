import type { RawFailure } from '../rawFailure.js';
import { getProp, isRecord } from '../safeAccess.js';
import { bodyParts, responseParts, responseRequest } from './httpParts.js';

/** Keys of openapi-fetch's result (`data` is there, undefined, on a failure). */
const RESULT_KEYS: ReadonlySet<string> = new Set(['error', 'response', 'data']);

/**
 * openapi-fetch's failed result `{ error, response }`, handed over whole: `error` is the parsed
 * body (or its text), `response` the real Response with status and headers. Not an Error, and
 * no other key, so an app's own `{error, response}` body is not mistaken for it.
 */
export function detectOpenapiFetchResult(result: unknown): RawFailure | undefined {
  if (!isRecord(result) || result instanceof Error) return undefined;
  let keys: string[];
  try {
    keys = Object.keys(result);
  } catch {
    return undefined;
  }
  if (!keys.includes('response') || !keys.every((k) => RESULT_KEYS.has(k))) return undefined;
  const response = getProp(result, 'response');
  if (typeof getProp(getProp(response, 'headers'), 'get') !== 'function' || typeof getProp(response, 'status') !== 'number') return undefined;
  return { ...responseParts(response), ...bodyParts(getProp(result, 'error')), request: responseRequest(undefined, response) };
}
