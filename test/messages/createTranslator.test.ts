import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTranslator } from '../../src/messages/createTranslator.js';
import { MISSING_MESSAGE_WARNING, TRANSLATE_FAILED_WARNING } from '../../src/messages/devWarning.js';
import { expandCatalog } from '../../src/messages/expandCatalog.js';
import { loadLocale } from '../../src/messages/locales.js';
import deCompact from '../../src/messages/locales/de.js';
import en from '../../src/messages/locales/en.js';

beforeAll(async () => {
  await Promise.all(['de', 'ar', 'ja'].map(loadLocale));
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const de = expandCatalog(deCompact);
const expired = { code: 'TOKEN_EXPIRED', category: 'authentication' } as const;

describe('locale fallback', () => {
  test.each([
    ['de-AT', 'de-AT', 'de'],
    ['de_at', 'de-AT', 'de'],
    ['pt-BR', 'pt-BR', 'en'],
    ['', 'en', 'en'],
    ['!!not a locale!!', 'en', 'en'],
    [undefined, 'en', 'en'],
  ])('%s -> catalog %s', (asked, locale, language) => {
    const t = createTranslator({ locale: asked });
    expect(t.locale).toBe(locale);
    expect(t.language).toBe(language);
  });

  test('junk that is not even a string falls back to English', () => {
    const t = createTranslator({ locale: 42 as unknown as string });
    expect(t.t('retryButton.label')).toBe('Try again');
  });

  test('de-AT speaks German', () => {
    const t = createTranslator({ locale: 'de-AT' });
    expect(t.t('retryButton.label')).toBe(de['retryButton.label']);
    expect(t.errorTitle(expired)).toBe(de['code.TOKEN_EXPIRED.title']);
  });
});

describe('direction', () => {
  test.each([
    ['ar', 'rtl'], ['ar-EG', 'rtl'], ['he', 'rtl'], ['fa-IR', 'rtl'], ['ur', 'rtl'],
    ['en', 'ltr'], ['de-AT', 'ltr'], ['ja', 'ltr'], ['junk!!', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(createTranslator({ locale }).dir).toBe(dir);
  });
});

describe('overrides and the app translator', () => {
  test('overrides win, for the exact locale first, then its language', () => {
    const messages = { de: { 'retryButton.label': 'Nochmal' }, 'de-AT': { 'banner.reload': 'Neu laden, bitte' } };
    const t = createTranslator({ locale: 'de-AT', messages });
    expect(t.t('retryButton.label')).toBe('Nochmal');
    expect(t.t('banner.reload')).toBe('Neu laden, bitte');
    expect(t.t('banner.dismiss')).toBe(de['banner.dismiss']);
  });

  test('overrides beat the translate callback, and are interpolated', () => {
    const translate = vi.fn(() => 'from app');
    const t = createTranslator({ locale: 'en', messages: { en: { 'retryButton.countdown': 'Wait {time}' } }, translate });
    expect(t.t('retryButton.countdown', { time: '0:42' })).toBe('Wait 0:42');
    expect(translate).not.toHaveBeenCalled();
  });

  test('translate gets key, values and the kit text, and wins over it', () => {
    const translate = vi.fn((key: string) => (key === 'retryButton.countdown' ? 'Nochmal in 0:42' : undefined));
    const t = createTranslator({ locale: 'en', translate });
    expect(t.t('retryButton.countdown', { time: '0:42' })).toBe('Nochmal in 0:42');
    expect(translate).toHaveBeenCalledWith('retryButton.countdown', { time: '0:42' }, 'Try again in 0:42');
  });

  test('undefined, a non-string or the key itself from translate means the kit text', () => {
    for (const answer of [undefined, 42, null, '', ' ', 'banner.reload']) {
      const t = createTranslator({ locale: 'en', translate: () => answer as string | undefined });
      expect(t.t('banner.reload')).toBe('Reload');
    }
  });

  test('a throwing translate does not crash and falls back to the kit text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = createTranslator({ locale: 'en', translate: () => { throw new Error('i18n not ready'); } });
    expect(t.t('banner.dismiss')).toBe('Dismiss');
    expect(t.errorTitle(expired)).toBe(en['code.TOKEN_EXPIRED.title']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(TRANSLATE_FAILED_WARNING));
  });

  test('an English override applies where the English catalog is used', () => {
    const t = createTranslator({ locale: 'pt-BR', messages: { en: { 'retryButton.label': 'Retry' } } });
    expect(t.t('retryButton.label')).toBe('Retry');
  });
});

describe('missing keys', () => {
  test('return an empty string, never the key, and warn once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = createTranslator({ locale: 'en' });
    expect(t.t('no.such.key')).toBe('');
    expect(t.t('no.such.key')).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(MISSING_MESSAGE_WARNING);
  });

  test('are silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(createTranslator({ locale: 'en' }).t('other.missing.key')).toBe('');
    expect(warn).not.toHaveBeenCalled();
  });

  test('a missing key may still come from the app translator', () => {
    const t = createTranslator({ locale: 'en', translate: (key) => (key === 'app.custom' ? 'Custom' : '') });
    expect(t.t('app.custom')).toBe('Custom');
  });
});

describe('error texts', () => {
  test('code text first, then the category, then unknown', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t.errorTitle(expired)).toBe(en['code.TOKEN_EXPIRED.title']);
    expect(t.errorMessage({ code: 'SOMETHING_NEW', category: 'rate_limit' })).toBe(en['category.rate_limit.message']);
    expect(t.errorTitle({ code: 'SOMETHING_NEW', category: 'nonsense' as 'unknown' })).toBe(en['category.unknown.title']);
    expect(t.errorTitle({ code: '__proto__', category: 'server' })).toBe(en['category.server.title']);
  });

  test('the app may name a code the kit does not know', () => {
    const messages = { en: { 'code.INSUFFICIENT_BALANCE.title': 'Not enough credit' } };
    const t = createTranslator({ locale: 'en', messages });
    expect(t.errorTitle({ code: 'INSUFFICIENT_BALANCE', category: 'request' })).toBe('Not enough credit');
  });

  test('an empty answer from translate falls back to the kit text and then the category', () => {
    const t = createTranslator({ locale: 'en', translate: () => '' });
    expect(t.errorTitle({ code: 'SOMETHING_NEW', category: 'server' })).toBe(en['category.server.title']);
  });
});

describe('plurals: key.<category> picked by Intl.PluralRules from values.count', () => {
  test('English one/other, numbers in the locale format', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t.t('banner.count', { count: 1 })).toBe('1 time');
    expect(t.t('banner.count', { count: 1200 })).toBe('1,200 times');
  });

  test('Arabic has six forms', () => {
    const t = createTranslator({ locale: 'ar' });
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t.t('banner.count', { count }));
    expect(new Set(forms).size).toBeGreaterThanOrEqual(4);
    expect(forms[1]).toBe('مرة واحدة');
    expect(forms[2]).toBe('مرتان');
  });

  test('Japanese has one form', () => {
    expect(createTranslator({ locale: 'ja' }).t('banner.count', { count: 1 })).toBe('1 回');
  });

  test('an override may give one text for every number', () => {
    const t = createTranslator({ locale: 'en', messages: { en: { 'banner.count': '×{count}' } } });
    expect(t.t('banner.count', { count: 1 })).toBe('×1');
  });
});

describe('caching', () => {
  test('same locale, messages and translate give the same translator', () => {
    const messages = { en: {} };
    const translate = () => undefined;
    expect(createTranslator({ locale: 'fr-CA', messages, translate })).toBe(createTranslator({ locale: 'fr-CA', messages, translate }));
    expect(createTranslator({ locale: 'fr-CA', messages: { en: {} }, translate })).not.toBe(createTranslator({ locale: 'fr-CA', messages, translate }));
    expect(Object.isFrozen(createTranslator({}))).toBe(true);
  });
});
