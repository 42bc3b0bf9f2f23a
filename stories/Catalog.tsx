import { API_ERROR_CATEGORIES, API_ERROR_CODES } from '../src/index.js';
import type { ApiErrorCategory } from '../src/index.js';
import { createTranslator } from '../src/messages/createTranslator.js';

interface CatalogProps {
  locale: string;
  /** Show only one category; all when undefined. */
  category?: ApiErrorCategory | undefined;
}

/** Every canonical code with its category and its title and message in one locale: all copy on one page. */
export function Catalog({ locale, category }: CatalogProps) {
  const translator = createTranslator({ locale });
  const codes = Object.entries(API_ERROR_CODES).filter(([, info]) => category === undefined || info.category === category);
  return (
    <table className="catalog">
      <caption>
        {codes.length} codes, {translator.language === translator.locale ? translator.locale : `${translator.locale} (${translator.language})`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Category</th>
          <th scope="col">Title</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {API_ERROR_CATEGORIES.flatMap((cat) =>
          codes
            .filter(([, info]) => info.category === cat)
            .map(([code, info]) => (
              <tr key={code} data-code={code}>
                <th scope="row">
                  <code>{code}</code>
                </th>
                <td>{info.category}</td>
                <td>{translator.errorTitle({ code, category: info.category })}</td>
                <td>{translator.errorMessage({ code, category: info.category })}</td>
              </tr>
            )),
        )}
      </tbody>
    </table>
  );
}
