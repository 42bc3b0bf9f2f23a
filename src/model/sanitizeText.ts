import { MAX_MESSAGE_CHARS } from './limits.js';

// C0/C1 controls, bidi overrides/isolates and zero-width marks: they can reorder or hide
// what a person reads ("Trojan Source"), so untrusted text loses them.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const WHITESPACE = /\s+/g;
const NEEDS_CLEANING = / {2}|^ | $|[^\x20-\x7E]/;

/** Trim, strip control and bidi characters, collapse whitespace, bound the length. */
export function sanitizeText(value: unknown, max: number = MAX_MESSAGE_CHARS): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Most messages are plain printable ASCII with single spaces: nothing to strip or collapse.
  if (value.length <= max && value !== '' && !NEEDS_CLEANING.test(value)) return value;
  const head = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const clean = head.replace(UNSAFE_CHARS, '').replace(WHITESPACE, ' ').trim();
  if (clean === '') return undefined;
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
