/**
 * Locale tags from untrusted input (props, `navigator.language`, `Accept-Language` pieces):
 * never throw, and normalize `de_AT` / `DE-at` to `de-AT`.
 */
export function canonicalLocale(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  const tag = locale.trim().replace(/_/g, '-');
  if (tag === '' || tag.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // RangeError: not a BCP 47 tag
  }
}

/** 'de-AT' -> 'de', 'zh-Hant-TW' -> 'zh'. */
export function baseLanguage(canonical: string): string {
  return canonical.split('-')[0] ?? canonical;
}

// Scripts written right to left (Unicode; CLDR `characterOrder`). Matching the script, not
// a list of languages, also gets 'pa-Arab', 'az-Arab' and 'ku-Arab' right.
const RTL_SCRIPTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Yezi']);
const dirCache = new Map<string, 'ltr' | 'rtl'>();

/** Writing direction of a canonical tag: 'ar', 'ar-EG', 'he', 'fa', 'ur' -> 'rtl'. */
export function localeDirection(canonical: string): 'ltr' | 'rtl' {
  let dir = dirCache.get(canonical);
  if (dir === undefined) {
    let script: string | undefined;
    try {
      // maximize() adds the likely script: 'ar' -> 'ar-Arab-EG', 'ur' -> 'ur-Arab-PK'.
      script = new Intl.Locale(canonical).maximize().script;
    } catch {
      script = undefined;
    }
    dir = script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    dirCache.set(canonical, dir);
  }
  return dir;
}
