import type { HeaderReader } from './dialects/types.js';
import { getProp, isRecord, safeIsArray } from './safeAccess.js';

const MAX_HEADER_KEYS = 200;

export const EMPTY_HEADERS: HeaderReader = Object.freeze({ get: () => undefined });

function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (safeIsArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').join(', ');
  return undefined;
}

function fromPlainObject(source: object): HeaderReader {
  const map = new Map<string, string>();
  let keys: string[] = [];
  try {
    keys = Object.keys(source).slice(0, MAX_HEADER_KEYS);
  } catch {
    keys = [];
  }
  for (const key of keys) {
    const text = headerText(getProp(source, key));
    if (text !== undefined) map.set(key.toLowerCase(), text);
  }
  return Object.freeze({ get: (name: string) => map.get(name.toLowerCase()) });
}

/**
 * A case-insensitive reader over fetch `Headers`, axios `AxiosHeaders` (both have `get`)
 * or a plain object of header values. Never throws.
 */
export function toHeaderReader(source: unknown): HeaderReader {
  if (!isRecord(source)) return EMPTY_HEADERS;
  const get = getProp(source, 'get');
  if (typeof get === 'function' && typeof getProp(source, 'has') === 'function') {
    return Object.freeze({
      get(name: string): string | undefined {
        try {
          return headerText((get as (n: string) => unknown).call(source, name)) ?? undefined;
        } catch {
          return undefined;
        }
      },
    });
  }
  return fromPlainObject(source);
}
