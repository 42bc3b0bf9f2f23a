import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { API_ERROR_CODES } from '../../src/model/codes.js';
import { API_ERROR_CATEGORIES } from '../../src/model/types.js';
import { CODE_MESSAGE_CODES, COMPONENT_KEYS, catalogKeys } from '../../src/messages/catalogKeys.js';
import { createTranslator } from '../../src/messages/createTranslator.js';
import { expandCatalog } from '../../src/messages/expandCatalog.js';
import { placeholdersOf } from '../../src/messages/interpolate.js';
import { registerLocale } from '../../src/messages/locales.js';
import { PLURAL_CATEGORIES } from '../../src/messages/pluralKeys.js';
import type { CompactCatalog, MessageCatalog } from '../../src/messages/types.js';
import ar from '../../src/messages/locales/ar.js';
import de from '../../src/messages/locales/de.js';
import en from '../../src/messages/locales/en.js';
import es from '../../src/messages/locales/es.js';
import fr from '../../src/messages/locales/fr.js';
import ja from '../../src/messages/locales/ja.js';

const LAZY: Record<string, CompactCatalog> = { de, fr, es, ja, ar };
const CATALOGS: Record<string, MessageCatalog> = {
  en,
  ...Object.fromEntries(Object.entries(LAZY).map(([locale, compact]) => [locale, expandCatalog(compact)])),
};
// Registered here so the translator (with its code -> category fallback) answers from them.
for (const [locale, catalog] of Object.entries(CATALOGS)) if (locale !== 'en') registerLocale(locale, catalog);

const PLURAL_SUFFIX = new RegExp(`\\.(${PLURAL_CATEGORIES.join('|')})$`);
const CODES = Object.entries(API_ERROR_CODES);

/** Key -> plural forms present; a plain key has the single form ''. */
function groups(catalog: MessageCatalog): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of Object.entries(catalog)) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = out.get(base) ?? new Map<string, string>();
    forms.set(match?.[1] ?? '', text);
    out.set(base, forms);
  }
  return out;
}

// Same word in English and here, and correct: brand names, loanwords, 'Notifications' in French.
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ['notifications.label'],
  es: ['fieldErrors.prefix'],
};

const enGroups = groups(en);

describe.each(Object.keys(CATALOGS))('locale file %s', (locale) => {
  const source = readFileSync(new URL(`../../src/messages/locales/${locale}.ts`, import.meta.url), 'utf8');

  test('labels every text with the key it stands at, in catalogKeys() order', () => {
    // The texts are positional; a label out of place means a text shifted onto the wrong key.
    const labels = [...source.matchAll(/\/\* ([\w.]+) \*\/ /g)].map((match) => match[1]);
    expect(labels).toEqual([...catalogKeys()]);
  });

  test('has exactly one text per key', () => {
    const compact = LAZY[locale];
    if (compact !== undefined) expect(compact[0]).toHaveLength(catalogKeys().length);
    for (const key of catalogKeys()) expect(CATALOGS[locale]![key], key).toBeTypeOf('string');
  });
});

describe.each(Object.keys(CATALOGS).filter((l) => l !== 'en'))('catalog %s', (locale) => {
  const catalog = CATALOGS[locale]!;
  const localeGroups = groups(catalog);

  test('has exactly the keys of en (plural forms aside)', () => {
    expect([...localeGroups.keys()].sort()).toEqual([...enGroups.keys()].sort());
  });

  test('plural keys have exactly the forms the language needs', () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
    for (const [key, forms] of enGroups) {
      if (forms.has('')) continue;
      expect([...(localeGroups.get(key)?.keys() ?? [])].sort(), key).toEqual(needed);
    }
  });

  test('uses the same placeholders as en', () => {
    for (const [key, forms] of enGroups) {
      const theirs = localeGroups.get(key);
      if (forms.has('')) {
        expect(placeholdersOf(theirs?.get('') ?? ''), key).toEqual(placeholdersOf(forms.get('') ?? ''));
        continue;
      }
      // Plural forms may leave the number out ('مرتان' is "two times"), never add a placeholder.
      const allowed = new Set([...forms.values()].flatMap(placeholdersOf));
      for (const [form, text] of theirs ?? []) {
        for (const name of placeholdersOf(text)) expect(allowed.has(name), `${key}.${form}: {${name}}`).toBe(true);
      }
      expect(placeholdersOf(theirs?.get('other') ?? ''), `${key}.other`).toEqual(placeholdersOf(forms.get('other') ?? ''));
    }
  });

  test('leaves no English text in', () => {
    const allowed = new Set(SAME_AS_ENGLISH[locale] ?? []);
    const same = Object.keys(en).filter((key) => catalog[key] === en[key] && !allowed.has(key));
    expect(same).toEqual([]);
  });
});

describe.each(Object.keys(CATALOGS))('catalog %s coverage', (locale) => {
  const catalog = CATALOGS[locale]!;
  const t = createTranslator({ locale });

  test('every code resolves to its own title and a message in this language', () => {
    expect(t.language).toBe(locale);
    for (const [code, { category }] of CODES) {
      const error = { code, category };
      expect(t.errorTitle(error), code).toBe(catalog[`code.${code}.title`]);
      // The code's own message where its way out differs, else its category's; never English in another locale.
      const message = catalog[`code.${code}.message`] ?? catalog[`category.${category}.message`];
      expect(message, code).toBeTruthy();
      expect(t.errorMessage(error), code).toBe(message);
    }
  });

  test('has a title and message for every category', () => {
    const keys = API_ERROR_CATEGORIES.flatMap((category) => [`category.${category}.title`, `category.${category}.message`]);
    expect(keys.filter((key) => !catalog[key])).toEqual([]);
  });

  test('a code message says something its category message does not', () => {
    for (const code of CODE_MESSAGE_CODES) {
      const { category } = API_ERROR_CODES[code];
      expect(catalog[`code.${code}.message`], code).not.toBe(catalog[`category.${category}.message`]);
    }
  });

  test('has no empty or untrimmed text, and is frozen', () => {
    for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).toBe(text);
    expect(Object.values(catalog).filter((text) => text === '')).toEqual([]);
    expect(Object.isFrozen(catalog)).toBe(true);
  });
});

test('en has every piece of component text the React layer uses', () => {
  const component = [...COMPONENT_KEYS, 'banner.count.one', 'banner.count.other'];
  expect(component.filter((key) => !en[key])).toEqual([]);
  expect(en['retryButton.countdown']).toBe('Try again in {time}');
  expect(en['support.emailSubject']).toBe('Support request {requestId}');
});

test('catalog keys cover only known codes and categories', () => {
  const codes = new Set(Object.keys(API_ERROR_CODES));
  const categories = new Set<string>(API_ERROR_CATEGORIES);
  for (const key of Object.keys(en)) {
    const [kind, name] = key.split('.');
    if (kind === 'code') expect(codes.has(name!), key).toBe(true);
    if (kind === 'category') expect(categories.has(name!), key).toBe(true);
  }
});

test('docs/i18n.md lists every key with its English text', () => {
  const doc = readFileSync(new URL('../../docs/i18n.md', import.meta.url), 'utf8');
  const missing = Object.entries(en).filter(([key, text]) => !doc.includes(`| \`${key}\` | ${text.replace(/\|/g, '\\|')} |`));
  expect(missing.map(([key]) => key)).toEqual([]);
});
