import { API_ERROR_CODES } from '../src/model/codes.js';
import { catalogKeys } from '../src/messages/catalogKeys.js';
import type { MessageCatalog } from '../src/messages/types.js';

/** The catalog's groups, in the order a translator works through them. */
export const CATALOG_GROUPS = ['category', 'code', 'component'] as const;
export type CatalogGroup = (typeof CATALOG_GROUPS)[number];

export interface CatalogRow {
  readonly key: string;
  readonly group: CatalogGroup;
  /** The English source ('' where English has no form of its own, e.g. Arabic's "two"). */
  readonly source: string;
  readonly target: string;
  /** `{time}`, `{count}`: must survive translation unchanged. */
  readonly placeholders: readonly string[];
  /** The CLDR plural form this text is for ('one', 'few', ...). */
  readonly pluralForm?: string | undefined;
  /** For code texts: the category whose fallback they refine. */
  readonly category?: string | undefined;
}

const groupOf = (key: string): CatalogGroup => (key.startsWith('category.') ? 'category' : key.startsWith('code.') ? 'code' : 'component');
const placeholdersOf = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])];
const categoryOf = (key: string): string | undefined => {
  const code = /^code\.(\w+)\./.exec(key)?.[1];
  return code === undefined ? undefined : API_ERROR_CODES[code as keyof typeof API_ERROR_CODES]?.category;
};

/** Every text of the kit, English beside the target, with keys, placeholders and plural forms. */
export function catalogRows(source: MessageCatalog, target: MessageCatalog): CatalogRow[] {
  const rows: CatalogRow[] = catalogKeys().map((key) => ({
    key,
    group: groupOf(key),
    source: source[key] ?? '',
    target: target[key] ?? '',
    placeholders: placeholdersOf(source[key] ?? ''),
    category: categoryOf(key),
  }));
  // Plural texts: every form the target language has (Arabic has six), beside English's.
  const plurals = new Set(Object.keys(source).filter((key) => !catalogKeys().includes(key)).map((key) => key.replace(/\.\w+$/, '')));
  for (const base of plurals) {
    const forms = Object.keys(target).filter((key) => key.startsWith(`${base}.`)).map((key) => key.slice(base.length + 1));
    for (const form of forms) {
      const text = source[`${base}.${form}`] ?? '';
      rows.push({ key: `${base}.${form}`, group: 'component', source: text, target: target[`${base}.${form}`] ?? '', placeholders: placeholdersOf(text || (source[`${base}.other`] ?? '')), pluralForm: form });
    }
  }
  return rows;
}
