import { defineDialect } from '../../dialects/defineDialect.js';
import { FieldErrorBag } from '../../dialects/FieldErrorBag.js';
import { isRecord, keysOf, records, seconds, text, type BodyRecord } from '../../dialects/read.js';

const MAX_DEPTH = 8;

/** Discord nests field errors: {content: {_errors: [{code, message}]}, embeds: {0: {...}}}. */
function walk(bag: FieldErrorBag, node: BodyRecord, path: readonly string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const key of keysOf(node)) {
    const value = node[key];
    if (key === '_errors') {
      for (const e of records(value)) bag.add(path.length > 0 ? path.join('.') : undefined, e.message, text(e.code));
    } else if (isRecord(value)) {
      walk(bag, value, [...path, key], depth + 1);
    }
  }
}

/**
 * Discord `{message, code: 50035, errors: {...}}` and its rate limit
 * `{message: 'You are being rate limited.', retry_after: 64.57, global: false}`.
 */
export const discordDialect = /* @__PURE__ */ defineDialect('discord', (body) => {
  if (!isRecord(body) || typeof body.message !== 'string') return undefined;
  const retryAfter = seconds(body.retry_after);
  const nested = isRecord(body.errors) ? body.errors : undefined;
  const discordRateLimit = retryAfter !== undefined && typeof body.global === 'boolean';
  if (!discordRateLimit && !(typeof body.code === 'number' && nested !== undefined)) return undefined;
  const bag = new FieldErrorBag();
  if (nested !== undefined) walk(bag, nested, [], 0);
  return {
    sourceCode: typeof body.code === 'number' && Number.isSafeInteger(body.code) ? String(body.code) : undefined,
    message: text(body.message),
    retryAfterSeconds: retryAfter,
    category: discordRateLimit ? 'rate_limit' : undefined,
    fieldErrors: bag.toRecord(),
  };
});
