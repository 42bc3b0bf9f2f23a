import { allDialects } from '../../../src/dialects.js';
import { DEFAULT_DIALECTS } from '../../../src/model/dialects/index.js';
import type { DialectContext, DialectResult } from '../../../src/model/dialects/types.js';

/** Every dialect the kit has, default and packs, in the order they run once all packs are registered. */
export const EVERY_DIALECT = [...DEFAULT_DIALECTS, ...allDialects.flatMap((pack) => pack.dialects)].sort(
  (a, b) => (a.rank ?? 0) - (b.rank ?? 0),
);

/** What the pipeline does with every pack registered: the first dialect that recognizes the body. */
export function firstMatch(body: unknown, ctx: DialectContext): { name: string; result: DialectResult } | undefined {
  for (const dialect of EVERY_DIALECT) {
    const result = dialect.parse(body, ctx);
    if (result !== undefined) return { name: dialect.name, result };
  }
  return undefined;
}
