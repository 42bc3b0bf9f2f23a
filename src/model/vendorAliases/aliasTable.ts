import type { ApiErrorCode } from '../codes.js';

/** Canonical code -> the received codes that mean it, space-separated. */
export type AliasRows = Partial<Record<ApiErrorCode, string>>;

/**
 * A `received code -> canonical code` table, written the other way round: each canonical code
 * once, with the codes that mean it as one space-separated string. Repeating the canonical code
 * on every row was about a third of these tables' bytes. Several row sets make one table (one
 * object, one freeze). A code that the catalog, the seed table or the word rules (codeWords.ts)
 * already answer alike gets no row: the lookup would never change the result
 * (test/model/dialects/vendorCodes.test.ts keeps it so).
 */
export function aliasTable(...rowSets: readonly AliasRows[]): Readonly<Record<string, ApiErrorCode>> {
  const table: Record<string, ApiErrorCode> = {};
  for (const rows of rowSets) {
    for (const [code, keys] of Object.entries(rows) as [ApiErrorCode, string][]) {
      for (const key of keys.split(' ')) if (key !== '') table[key] = code;
    }
  }
  return Object.freeze(table);
}
