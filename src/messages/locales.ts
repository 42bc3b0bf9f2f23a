import en from './locales/en.js';
import { expandCatalog } from './expandCatalog.js';
import { baseLanguage, canonicalLocale } from './localeTag.js';
import type { CompactCatalog, MessageCatalog } from './types.js';
import { createListeners } from '../runtime/createListeners.js';

/** Locales the kit ships a catalog for. English is bundled; the rest load on demand. */
export const SHIPPED_LOCALES: readonly string[] = /* @__PURE__ */ Object.freeze(['en', 'de', 'fr', 'es', 'ja', 'ar']);

type CatalogModule = { readonly default: CompactCatalog };

// Literal import() paths, one per locale, so bundlers split each catalog into its own chunk.
const LOADERS: Readonly<Record<string, () => Promise<CatalogModule>>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

const hasLoader = (base: string): boolean => Object.hasOwn(LOADERS, base);

const catalogs = /* @__PURE__ */ new Map<string, MessageCatalog>([['en', en]]);
const pending = new Map<string, Promise<boolean>>();
const listeners = /* @__PURE__ */ createListeners();
let version = 0;

/** Adds or replaces the catalog for a language or locale ('pt', 'pt-BR') and tells subscribers. */
export function registerLocale(language: string, catalog: MessageCatalog): void {
  const tag = canonicalLocale(language);
  if (tag === undefined) throw new RangeError(`registerLocale: "${language}" is not a BCP 47 language tag`);
  catalogs.set(tag, Object.freeze({ ...catalog }));
  version += 1;
  listeners.emit();
}

/** Called when a catalog arrives, so a provider can re-render. Returns the unsubscribe. */
export function subscribeLocales(listener: () => void): () => void {
  return listeners.subscribe(listener);
}

/** Changes whenever a catalog is registered; part of every translator cache key. */
export function localesVersion(): number {
  return version;
}

/** The registered catalog for an exact canonical tag, if any. */
export function getCatalog(tag: string): MessageCatalog | undefined {
  return catalogs.get(tag);
}

/** The registered tag that serves a locale without waiting: exact, then its language. */
function loadedTag(locale: string | undefined): string | undefined {
  const tag = canonicalLocale(locale);
  if (tag === undefined) return undefined;
  if (catalogs.has(tag)) return tag;
  const base = baseLanguage(tag);
  return catalogs.has(base) ? base : undefined;
}

export function isLocaleLoaded(locale: string): boolean {
  return loadedTag(locale) !== undefined;
}

/** The catalog a locale will use once loaded: 'de-AT' -> 'de', 'pt-BR' -> 'en', junk -> 'en'. */
export function resolveLanguage(locale: string | undefined): string {
  const loaded = loadedTag(locale);
  if (loaded !== undefined) return loaded;
  const tag = canonicalLocale(locale);
  const base = tag === undefined ? undefined : baseLanguage(tag);
  return base !== undefined && hasLoader(base) ? base : 'en';
}

/**
 * Loads the shipped catalog for a locale and registers it. Resolves true when the locale
 * (or its language) has a catalog, false for one the kit does not ship or a chunk that failed
 * to load; never rejects, so a provider can fire and forget.
 */
export function loadLocale(locale: string): Promise<boolean> {
  if (isLocaleLoaded(locale)) return Promise.resolve(true);
  const tag = canonicalLocale(locale);
  const base = tag === undefined ? '' : baseLanguage(tag);
  const loader = hasLoader(base) ? LOADERS[base] : undefined;
  if (loader === undefined) return Promise.resolve(false);
  let promise = pending.get(base);
  if (promise === undefined) {
    promise = loader().then(
      (module) => {
        registerLocale(base, expandCatalog(module.default));
        return true;
      },
      () => false,
    );
    // A failed chunk (offline) may be retried on the next call.
    void promise.then(() => pending.delete(base));
    pending.set(base, promise);
  }
  return promise;
}
