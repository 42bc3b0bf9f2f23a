/**
 * Intl objects are costly to build (locale negotiation, ICU data); one per locale and options
 * is kept for the life of the page. Options are fixed per call site, so the key stays small.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached('p', locale, {}, () => new Intl.PluralRules(locale));
}

export function listFormat(locale: string): Intl.ListFormat {
  return cached('l', locale, {}, () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }));
}
