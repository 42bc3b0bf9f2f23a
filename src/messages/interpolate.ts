import { numberFormat } from './intlCache.js';

const PLACEHOLDER = /\{(\w+)\}/g;

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

/**
 * Replaces `{name}` with `values.name`: numbers in the locale's digits, anything else as text.
 * A placeholder without a value stays as written, so a forgotten value shows up in review
 * instead of silently vanishing. Only own properties count (no `{constructor}` surprises).
 */
export function interpolate(text: string, values: Readonly<Record<string, unknown>> | undefined, locale: string): string {
  if (values === undefined || !text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!hasOwn(values, name)) return whole;
    const value = values[name];
    if (typeof value === 'number') return numberFormat(locale).format(value);
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    return ''; // objects and functions have no text worth showing

  });
}

/** The placeholder names in a text, for tests and tooling. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}
