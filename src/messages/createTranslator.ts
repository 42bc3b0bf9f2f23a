import { TRANSLATE_FAILED_WARNING, MISSING_MESSAGE_WARNING, warnOnce } from './devWarning.js';
import { formatCountdown } from './formatCountdown.js';
import { formatDuration } from './formatDuration.js';
import { formatDateTime, formatRetryWait, formatTime } from './formatRetryWait.js';
import { interpolate } from './interpolate.js';
import { baseLanguage, canonicalLocale, localeDirection } from './localeTag.js';
import { getCatalog, localesVersion } from './locales.js';
import { pluralCandidates } from './pluralKeys.js';
import type { MessageCatalog, TranslateFn, Translator, TranslatorOptions } from './types.js';

type Level = { readonly tag: string; readonly texts: Readonly<Record<string, string>> };

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

/** The first level that has the key (or one of its plural forms), interpolated in that level's locale. */
function find(levels: readonly Level[], key: string, values: Record<string, unknown> | undefined, numbers: string): string | undefined {
  for (const { tag, texts } of levels) {
    for (const candidate of pluralCandidates(key, values, tag)) {
      const text = hasOwn(texts, candidate) ? texts[candidate] : undefined;
      if (typeof text === 'string') return interpolate(text, values, numbers);
    }
  }
  return undefined;
}

/** The app's translator, fenced: a throw or a non-string means "use the kit's text". */
function askApp(translate: TranslateFn, key: string, values: Record<string, unknown>, fallback: string | undefined): string | undefined {
  let answer: unknown;
  try {
    answer = translate(key, values, fallback ?? '');
  } catch {
    warnOnce(`${TRANSLATE_FAILED_WARNING} "${key}"`);
    return undefined;
  }
  if (typeof answer !== 'string') return undefined;
  // i18next answers a missing key with the key itself (or '' with returnEmptyString); neither
  // is text for a person, and an empty title or button label is never right.
  if (answer === key || answer.trim() === '') return undefined;
  return answer;
}

function build(options: TranslatorOptions): Translator {
  const locale = canonicalLocale(options.locale) ?? 'en';
  const base = baseLanguage(locale);
  const chain = [...new Set([locale, base, 'en'])];
  const catalogLevels = chain.flatMap((tag): Level[] => {
    const texts: MessageCatalog | undefined = getCatalog(tag);
    return texts === undefined ? [] : [{ tag, texts }];
  });
  const language = catalogLevels[0]?.tag ?? 'en';
  const messages = options.messages ?? {};
  const overrideAt = (tag: string): Level[] => {
    const texts = hasOwn(messages, tag) ? messages[tag] : undefined;
    return texts !== undefined && texts !== null && typeof texts === 'object' ? [{ tag, texts }] : [];
  };
  // App overrides for the asked locale beat everything; an 'en' override applies where English is shown.
  const appLevels = [...new Set([locale, base])].flatMap(overrideAt);
  const kitLevels = catalogLevels.flatMap((level) =>
    level.tag === locale || level.tag === base ? [level] : [...overrideAt(level.tag), level],
  );
  // Words (units, month names) in the language of the surrounding sentence: the asked locale
  // when the app or a catalog speaks it, else the catalog's language.
  const speaksLocale = options.translate !== undefined || appLevels.length > 0 || baseLanguage(language) === base;
  const intlLocale = speaksLocale ? locale : language;
  const { translate } = options;

  const lookup = (key: string, values?: Record<string, unknown>): string | undefined => {
    const own = find(appLevels, key, values, intlLocale);
    if (own !== undefined) return own;
    const kit = find(kitLevels, key, values, intlLocale);
    return (translate === undefined ? undefined : askApp(translate, key, values ?? {}, kit)) ?? kit;
  };

  const t = (key: string, values?: Record<string, unknown>): string => {
    const text = lookup(key, values);
    if (text !== undefined) return text;
    warnOnce(`${MISSING_MESSAGE_WARNING} "${key}" (locale ${locale})`);
    return ''; // never the key: 'code.X.title' on screen helps nobody
  };

  const errorText = (error: { code: string; category: string }, part: 'title' | 'message'): string =>
    lookup(`code.${error.code}.${part}`) ?? lookup(`category.${error.category}.${part}`) ?? t(`category.unknown.${part}`);

  return Object.freeze({
    locale,
    language,
    dir: localeDirection(locale),
    t,
    errorTitle: (error) => errorText(error, 'title'),
    errorMessage: (error) => errorText(error, 'message'),
    formatCountdown: (seconds) => formatCountdown(intlLocale, seconds),
    formatDuration: (seconds) => formatDuration(intlLocale, seconds),
    formatTime: (epochMs) => formatTime(intlLocale, epochMs),
    formatDateTime: (epochMs) => formatDateTime(intlLocale, epochMs),
    formatRetryWait: (retryAt, now) => formatRetryWait(intlLocale, t, retryAt, now),
  } satisfies Translator);
}

// Cache: locale string -> messages object -> translate function -> translator. Identity keys,
// so a provider that passes the same props gets the same translator (stable for memo/effects).
// Emptied whenever a catalog is registered, so `language` follows a lazily loaded locale.
const NONE = {};
let cache = new Map<string, WeakMap<object, WeakMap<object, Translator>>>();
let cacheVersion = -1;
const MAX_LOCALES = 64; // junk locale strings must not grow the cache without bound

/** A translator for a locale, app overrides and an app i18n function; see docs/i18n.md. */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  if (cacheVersion !== localesVersion() || cache.size > MAX_LOCALES) {
    cache = new Map();
    cacheVersion = localesVersion();
  }
  const localeKey = typeof options.locale === 'string' ? options.locale : '';
  const messagesKey: object = typeof options.messages === 'object' && options.messages !== null ? options.messages : NONE;
  const translateKey: object = typeof options.translate === 'function' ? options.translate : NONE;
  let byMessages = cache.get(localeKey);
  if (byMessages === undefined) cache.set(localeKey, (byMessages = new WeakMap()));
  let byTranslate = byMessages.get(messagesKey);
  if (byTranslate === undefined) byMessages.set(messagesKey, (byTranslate = new WeakMap()));
  let translator = byTranslate.get(translateKey);
  if (translator === undefined) {
    translator = build({
      locale: localeKey,
      messages: messagesKey === NONE ? undefined : options.messages,
      translate: translateKey === NONE ? undefined : options.translate,
    });
    byTranslate.set(translateKey, translator);
  }
  return translator;
}
