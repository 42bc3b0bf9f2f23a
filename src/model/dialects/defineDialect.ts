import type { ApiErrorDialect, DialectContext, DialectResult } from './types.js';

type Parse = (body: unknown, context: DialectContext) => DialectResult | undefined;

/** Drops undefined fields and an empty field-error map, so results compare and print cleanly. */
function compact(result: DialectResult): DialectResult {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(result)) {
    const value: unknown = result[key as keyof DialectResult];
    if (value === undefined) continue;
    if (key === 'fieldErrors' && typeof value === 'object' && value !== null && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/**
 * A dialect whose parse can never throw: bodies may hold throwing getters or Proxies, and one
 * broken dialect must not stop the others from running.
 */
export function defineDialect(name: string, parse: Parse): ApiErrorDialect {
  return Object.freeze({
    name,
    parse(body: unknown, context: DialectContext): DialectResult | undefined {
      try {
        const result = parse(body, context);
        return result === undefined ? undefined : compact(result);
      } catch {
        return undefined;
      }
    },
  });
}
