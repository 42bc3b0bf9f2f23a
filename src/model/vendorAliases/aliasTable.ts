import type { ApiErrorCode } from '../codes.js';

/**
 * A `vendor code -> canonical code` table, written the other way round: each canonical code once,
 * with the vendor codes that mean it as one space-separated string. Repeating the canonical code
 * on every row was about a third of these tables' bytes. A code that the catalog, the seed
 * table or the word rules (codeWords.ts) already answer alike gets no row: the lookup would
 * never change the result (test/model/dialects/vendorCodes.test.ts keeps it so).
 */
export function aliasTable(rows: Partial<Record<ApiErrorCode, string>>): Readonly<Record<string, ApiErrorCode>> {
  const table: Record<string, ApiErrorCode> = {};
  for (const [code, keys] of Object.entries(rows) as [ApiErrorCode, string][]) {
    for (const key of keys.split(' ')) if (key !== '') table[key] = code;
  }
  return Object.freeze(table);
}
