import { getCatalog, resolveLanguage } from '../src/messages/locales.js';
import { createTranslator } from '../src/messages/createTranslator.js';
import { CATALOG_GROUPS, catalogRows, type CatalogGroup } from './catalogRows.js';
import './docsPages.css';

interface CatalogProps {
  locale: string;
  /** Show one group only (category texts, code texts, component strings); all when undefined. */
  group?: CatalogGroup | undefined;
  /** Show only texts for this category (category and code texts); all when undefined. */
  category?: string | undefined;
}

const GROUP_TITLES: Readonly<Record<CatalogGroup, string>> = {
  category: 'Categories: the fallback title and message of each kind of failure',
  code: 'Codes: the specific failure (messages only where the way out differs)',
  component: 'Component strings: buttons, dialogs, summaries, plural forms',
};

/**
 * Every text of the kit for a translator: the message key, the English source beside the
 * target language, the placeholders to keep and the plural forms. One row per text.
 */
export function Catalog({ locale, group, category }: CatalogProps) {
  const translator = createTranslator({ locale });
  const language = resolveLanguage(locale);
  const en = getCatalog('en') ?? {};
  const rows = catalogRows(en, getCatalog(language) ?? en).filter(
    (row) => (group === undefined || row.group === group) && (category === undefined || row.category === category || row.key.startsWith(`category.${category}.`)),
  );
  return (
    <table className="catalog">
      <caption>
        {rows.length} texts: English and {translator.locale} ({language})
      </caption>
      <colgroup>
        <col className="catalog__key" />
        <col />
        <col />
        <col className="catalog__notes" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">English (source)</th>
          <th scope="col">
            Translation ({language})
          </th>
          <th scope="col">Placeholders, plural form, category</th>
        </tr>
      </thead>
      {CATALOG_GROUPS.filter((g) => rows.some((row) => row.group === g)).map((g) => (
        <tbody key={g}>
          <tr>
            <th scope="colgroup" colSpan={4} className="catalog__group">
              {GROUP_TITLES[g]}
            </th>
          </tr>
          {rows
            .filter((row) => row.group === g)
            .map((row) => (
              <tr key={row.key} data-key={row.key} data-code={/^code\.(\w+)\.title$/.exec(row.key)?.[1]}>
                <th scope="row">
                  <code>{row.key}</code>
                </th>
                <td lang="en" dir="ltr">
                  {row.source || <span className="catalog__none">(English uses “other”)</span>}
                </td>
                <td lang={language} dir={translator.dir}>
                  {row.target}
                </td>
                <td>
                  {[...row.placeholders.map((p) => <code key={p}>{p}</code>), row.pluralForm && `plural: ${row.pluralForm}`, row.category]
                    .filter(Boolean)
                    .map((part, index) => (
                      <span key={index} className="catalog__note">
                        {part}
                      </span>
                    ))}
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}
