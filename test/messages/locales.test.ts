import { expect, test, vi } from 'vitest';
import { createTranslator } from '../../src/messages/createTranslator.js';
import {
  SHIPPED_LOCALES, isLocaleLoaded, loadLocale, registerLocale, resolveLanguage, subscribeLocales,
} from '../../src/messages/locales.js';

// Order matters in this file: it watches catalogs arrive in one module registry.

test('only English is there before anything loads', () => {
  expect(SHIPPED_LOCALES).toEqual(['en', 'de', 'fr', 'es', 'ja', 'ar']);
  expect(isLocaleLoaded('en-US')).toBe(true);
  expect(isLocaleLoaded('fr')).toBe(false);
  const t = createTranslator({ locale: 'fr-CA' });
  expect(t.language).toBe('en');
  expect(t.t('retryButton.label')).toBe('Try again');
});

test('resolveLanguage knows shipped locales before they load, and tolerates junk', () => {
  expect(resolveLanguage('fr-CA')).toBe('fr');
  expect(resolveLanguage('pt-BR')).toBe('en');
  expect(resolveLanguage(undefined)).toBe('en');
  expect(resolveLanguage('')).toBe('en');
  expect(resolveLanguage('constructor')).toBe('en');
  expect(resolveLanguage({} as unknown as string)).toBe('en');
  expect(resolveLanguage('x'.repeat(500))).toBe('en');
});

test('loadLocale registers the catalog and notifies subscribers once', async () => {
  const listener = vi.fn();
  const unsubscribe = subscribeLocales(listener);
  const before = createTranslator({ locale: 'fr-CA' });
  const [a, b] = await Promise.all([loadLocale('fr-CA'), loadLocale('fr')]);
  expect([a, b]).toEqual([true, true]);
  expect(listener).toHaveBeenCalledTimes(1);
  expect(isLocaleLoaded('fr')).toBe(true);
  const after = createTranslator({ locale: 'fr-CA' });
  expect(after).not.toBe(before);
  expect(after.language).toBe('fr');
  expect(after.t('retryButton.label')).toBe('Réessayer');
  unsubscribe();
  await loadLocale('es');
  expect(listener).toHaveBeenCalledTimes(1);
});

test('loadLocale resolves false for what the kit does not ship, and never rejects', async () => {
  await expect(loadLocale('pt-BR')).resolves.toBe(false);
  await expect(loadLocale('not a locale')).resolves.toBe(false);
  await expect(loadLocale('__proto__')).resolves.toBe(false);
  await expect(loadLocale('en')).resolves.toBe(true);
});

test('registerLocale adds a locale for an app, exact region first', async () => {
  registerLocale('pt', { 'retryButton.label': 'Tentar novamente' });
  registerLocale('pt-BR', { 'banner.dismiss': 'Fechar' });
  const t = createTranslator({ locale: 'pt-BR' });
  expect(t.language).toBe('pt-BR');
  expect(t.t('banner.dismiss')).toBe('Fechar');
  expect(t.t('retryButton.label')).toBe('Tentar novamente');
  expect(t.t('banner.reload')).toBe('Reload'); // English fills the gaps
  await expect(loadLocale('pt-PT')).resolves.toBe(true);
  expect(() => {
    registerLocale('!!', {});
  }).toThrow(RangeError);
});
