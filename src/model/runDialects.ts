import { activeDialects } from './dialectRegistry.js';
import type { DialectContext, DialectResult } from './dialects/types.js';

export interface DialectMatch {
  readonly name: string;
  readonly result: DialectResult;
}

/** The first dialect that recognizes the body. A dialect that throws counts as not recognizing it. */
export function runDialects(body: unknown, context: DialectContext): DialectMatch | undefined {
  for (const dialect of activeDialects()) {
    try {
      const result = dialect.parse(body, context);
      if (result !== undefined && result !== null && typeof result === 'object') {
        return { name: typeof dialect.name === 'string' ? dialect.name : 'custom', result };
      }
    } catch {
      // A broken dialect must not break normalization; try the next one.
    }
  }
  return undefined;
}
