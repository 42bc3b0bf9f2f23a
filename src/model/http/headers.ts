import type { HeaderReader } from '../dialects/types.js';
import { getProp, isRecord, safeIsArray } from '../safeAccess.js';

const MAX_HEADER_KEYS = 200;

export const EMPTY_HEADERS: HeaderReader = /* @__PURE__ */ Object.freeze({ get: () => undefined });

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

function isFetchHeaders(source: object): source is Headers {
  try {
    return typeof Headers === 'function' && Object.getPrototypeOf(source) === Headers.prototype;
  } catch {
    return false;
  }
}

/**
 * All of a fetch `Headers` in one pass, names lower-cased and repeated names joined with ', '
 * (what `get` answers). A normalization asks for some twenty names (request ids, rate limits),
 * and each `Headers.get` validates and searches again; one `forEach` is far cheaper.
 */
function snapshot(source: Headers): Map<string, string> | undefined {
  const map = new Map<string, string>();
  try {
    source.forEach((value, name) => {
      const previous = map.get(name);
      map.set(name, previous === undefined ? value : `${previous}, ${value}`);
    });
  } catch {
    return undefined;
  }
  return map;
}

function fromGetter(source: object, get: (name: string) => unknown): HeaderReader['get'] {
  return (name) => {
    try {
      return headerText(get.call(source, name)) ?? undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * A case-insensitive reader over fetch `Headers`, axios `AxiosHeaders` (both have `get`)
 * or a plain object of header values. Never throws.
 */
export function toHeaderReader(source: unknown): HeaderReader {
  if (!isRecord(source)) return EMPTY_HEADERS;
  const get = getProp(source, 'get');
  if (typeof get === 'function' && typeof getProp(source, 'has') === 'function') {
    const read = fromGetter(source, get as (name: string) => unknown);
    if (!isFetchHeaders(source)) return Object.freeze({ get: read });
    // Read on first use only, so an error that is never normalized costs nothing.
    let map: Map<string, string> | undefined | null = null;
    return Object.freeze({
      get(name: string): string | undefined {
        if (map === null) map = snapshot(source);
        return map === undefined ? read(name) : map.get(name.toLowerCase());
      },
    });
  }
  return fromPlainObject(source);
}
