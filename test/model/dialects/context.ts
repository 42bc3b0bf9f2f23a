import type { DialectContext } from '../../../src/model/dialects/types.js';

/** A dialect context as the pipeline builds it, from a status and plain headers. */
export function context(status?: number, headers: Record<string, string> = {}, contentType?: string): DialectContext {
  const h = new Headers(headers);
  return { status, headers: { get: (name) => h.get(name) ?? undefined }, contentType };
}
