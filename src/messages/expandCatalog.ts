import { catalogKeys } from './catalogKeys.js';
import type { CompactCatalog, MessageCatalog } from './types.js';

/**
 * A shipped catalog as the translator reads it: flat keys to texts, plural forms as
 * `<key>.<form>`. A text missing at the end (a catalog older than the key list) is left out,
 * so English answers for it.
 */
export function expandCatalog([texts, plurals]: CompactCatalog): MessageCatalog {
  const flat: Record<string, string> = {};
  catalogKeys().forEach((key, index) => {
    const text = texts[index];
    if (typeof text === 'string') flat[key] = text;
  });
  for (const [key, forms] of Object.entries(plurals)) {
    for (const [form, text] of Object.entries(forms)) if (typeof text === 'string') flat[`${key}.${form}`] = text;
  }
  return Object.freeze(flat);
}
