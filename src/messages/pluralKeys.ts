import { pluralRules } from './intlCache.js';

/**
 * Plural convention: a text that depends on a number lives under `<key>.<category>`, the
 * categories of `Intl.PluralRules` (zero, one, two, few, many, other); `t(key, { count })`
 * picks the form. Candidates in order: the exact form, `.other`, then the bare key (an app
 * override may give one text for all numbers).
 */
export function pluralCandidates(key: string, values: Readonly<Record<string, unknown>> | undefined, locale: string): readonly string[] {
  const count = values?.['count'];
  if (typeof count !== 'number' || !Number.isFinite(count)) return [key];
  let category: string;
  try {
    category = pluralRules(locale).select(count);
  } catch {
    category = 'other';
  }
  return category === 'other' ? [`${key}.other`, key] : [`${key}.${category}`, `${key}.other`, key];
}

/** The suffixes the convention uses, to strip them in tests and tooling. */
export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = /* @__PURE__ */ Object.freeze(['zero', 'one', 'two', 'few', 'many', 'other']);
