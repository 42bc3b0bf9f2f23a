import { bodyFromText } from './http/bodyFromText.js';
import { MAX_BODY_BYTES } from './limits.js';
import type { RawFailure } from './rawFailure.js';
import { getString, isRecord } from './safeAccess.js';

/**
 * Input that is no known error family: a body handed over directly (object or string) goes
 * through the dialects without a status; any other Error keeps its string `code` as source code.
 */
export function plainInput(input: unknown): RawFailure {
  if (typeof input === 'string') {
    const text = input.slice(0, MAX_BODY_BYTES);
    const { body, jsonRecovered } = bodyFromText(text);
    return { body, bodyText: text, jsonRecovered };
  }
  if (input instanceof Error) {
    const code = getString(input, 'code');
    return code ? { sourceCode: code } : {};
  }
  return isRecord(input) ? { body: input } : {};
}
