import { LIMITS } from './limits.js';
import { getProp, isRecord, safeIsArray } from './safeAccess.js';
import { sanitizeText } from './sanitizeText.js';

export const EMPTY_FIELD_ERRORS: Readonly<Record<string, readonly string[]>> = Object.freeze(Object.create(null) as Record<string, readonly string[]>);

/**
 * Copies dialect field errors into a frozen, null-prototype record: keys bounded and
 * defined with defineProperty (a `__proto__` key stays a plain key), messages sanitized.
 */
export function freezeFieldErrors(source: unknown): Readonly<Record<string, readonly string[]>> {
  if (!isRecord(source)) return EMPTY_FIELD_ERRORS;
  let keys: string[];
  try {
    keys = Object.keys(source).slice(0, LIMITS.maxFieldKeys);
  } catch {
    return EMPTY_FIELD_ERRORS;
  }
  const out = Object.create(null) as Record<string, readonly string[]>;
  let count = 0;
  for (const rawKey of keys) {
    const key = rawKey.trim().slice(0, LIMITS.maxFieldKeyChars);
    if (key === '') continue;
    const value = getProp(source, rawKey);
    const list = safeIsArray(value) ? value.slice(0, LIMITS.maxMessagesPerField) : [value];
    const messages = list.map((m) => sanitizeText(m)).filter((m): m is string => m !== undefined);
    if (messages.length === 0) continue;
    const previous = Object.prototype.hasOwnProperty.call(out, key) ? (out[key] ?? []) : [];
    Object.defineProperty(out, key, {
      value: Object.freeze([...previous, ...messages].slice(0, LIMITS.maxMessagesPerField)),
      enumerable: true,
      writable: false,
      configurable: true,
    });
    count++;
  }
  return count === 0 ? EMPTY_FIELD_ERRORS : Object.freeze(out);
}
