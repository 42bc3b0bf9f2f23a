import { DEFAULT_DIALECTS } from '../../../src/model/dialects/index.js';
import type { DialectContext, DialectResult } from '../../../src/model/dialects/types.js';

/** What the pipeline does: the first built-in dialect that recognizes the body. */
export function firstMatch(body: unknown, ctx: DialectContext): { name: string; result: DialectResult } | undefined {
  for (const dialect of DEFAULT_DIALECTS) {
    const result = dialect.parse(body, ctx);
    if (result !== undefined) return { name: dialect.name, result };
  }
  return undefined;
}
