import type { ApiErrorDialect, DialectContext, DialectResult } from './types.js';

type Parse = (body: unknown, context: DialectContext) => DialectResult | undefined;

/**
 * A dialect whose parse can never throw: bodies may hold throwing getters or Proxies, and one
 * broken dialect must not stop the others from running.
 */
export function defineDialect(name: string, parse: Parse): ApiErrorDialect {
  return Object.freeze({
    name,
    parse(body: unknown, context: DialectContext): DialectResult | undefined {
      try {
        return parse(body, context);
      } catch {
        return undefined;
      }
    },
  });
}
