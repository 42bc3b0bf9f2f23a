import { MAX_FIELD_KEY_CHARS, MAX_FIELD_KEYS, MAX_MESSAGES_PER_FIELD } from './limits.js';
import { scrubSecretText } from './redact.js';
import { getProp, isRecord, safeIsArray } from './safeAccess.js';
import { sanitizeText } from './sanitizeText.js';

export const EMPTY_FIELD_ERRORS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze(Object.create(null) as Record<string, readonly string[]>);

/** Server text as the model keeps it: sanitized, bounded, and with echoed credentials removed. */
export function untrustedText(value: unknown): string | undefined {
  const clean = sanitizeText(value);
  return clean === undefined ? undefined : scrubSecretText(clean);
}

/**
 * Copies dialect field errors into a frozen, null-prototype record: keys bounded (a
 * `__proto__` key stays a plain key, as there is no prototype), messages sanitized.
 */
export function freezeFieldErrors(source: unknown): Readonly<Record<string, readonly string[]>> {
  if (!isRecord(source)) return EMPTY_FIELD_ERRORS;
  let keys: string[];
  try {
    keys = Object.keys(source).slice(0, MAX_FIELD_KEYS);
  } catch {
    return EMPTY_FIELD_ERRORS;
  }
  const out = Object.create(null) as Record<string, readonly string[]>;
  let count = 0;
  for (const rawKey of keys) {
    const key = rawKey.trim().slice(0, MAX_FIELD_KEY_CHARS);
    if (key === '') continue;
    const value = getProp(source, rawKey);
    const list = safeIsArray(value) ? value : [value];
    // Two raw keys can trim to the same key: their messages join, still bounded.
    const previous = Object.hasOwn(out, key) ? out[key] : undefined;
    const messages = previous === undefined ? [] : previous.slice();
    const end = Math.min(list.length, MAX_MESSAGES_PER_FIELD);
    let added = 0;
    for (let i = 0; i < end && messages.length < MAX_MESSAGES_PER_FIELD; i++) {
      const message = untrustedText(list[i]);
      if (message === undefined) continue;
      messages.push(message);
      added++;
    }
    if (added === 0) continue;
    // `out` has no prototype, so even a '__proto__' key is a plain own property here.
    out[key] = Object.freeze(messages);
    count++;
  }
  return count === 0 ? EMPTY_FIELD_ERRORS : Object.freeze(out);
}
