import { codeKey } from './codeKey.js';
import { isApiErrorCode, type ApiErrorCode } from './codes.js';
import { DEFAULT_DIALECTS } from './dialects/index.js';
import type { ApiErrorDialect, ApiErrorDialectInput } from './dialects/types.js';

interface Registration {
  readonly dialects: readonly ApiErrorDialect[];
  readonly codes: readonly (readonly [string, ApiErrorCode])[];
}

interface Active {
  readonly dialects: readonly ApiErrorDialect[];
  readonly codes: ReadonlyMap<string, ApiErrorCode>;
}

let registrations: readonly Registration[] = [];
let active: Active | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Flattens dialects, packs and lists of them; anything else (a typo from plain JS) is skipped, not thrown. */
function collect(input: unknown, into: { dialects: ApiErrorDialect[]; codes: [string, ApiErrorCode][] }, seen: Set<unknown>): void {
  if (!isObject(input) || seen.has(input)) return;
  seen.add(input);
  if (Array.isArray(input)) {
    for (const item of input) collect(item, into, seen);
  } else if (typeof input.parse === 'function') {
    into.dialects.push(input as unknown as ApiErrorDialect);
  } else if (Array.isArray(input.dialects)) {
    collect(input.dialects, into, seen);
    if (isObject(input.codes)) {
      for (const [key, code] of Object.entries(input.codes)) if (typeof code === 'string' && isApiErrorCode(code)) into.codes.push([codeKey(key), code]);
    }
  }
}

const rankOf = (dialect: ApiErrorDialect): number | undefined =>
  typeof dialect.rank === 'number' && !Number.isNaN(dialect.rank) ? dialect.rank : undefined;

function resolve(): Active {
  const unranked: ApiErrorDialect[] = [];
  const ranked = new Set<ApiErrorDialect>(DEFAULT_DIALECTS);
  const codes = new Map<string, ApiErrorCode>();
  // The most recent registration first, so an app's later choice wins.
  for (const registration of [...registrations].reverse()) {
    for (const dialect of registration.dialects) {
      if (rankOf(dialect) === undefined) {
        if (!unranked.includes(dialect)) unranked.push(dialect);
      } else ranked.add(dialect);
    }
    for (const [key, code] of registration.codes) if (!codes.has(key)) codes.set(key, code);
  }
  // A stable sort: dialects of one rank keep the order they came in.
  const sorted = [...ranked].sort((a, b) => (rankOf(a) ?? 0) - (rankOf(b) ?? 0));
  return { dialects: Object.freeze([...unranked, ...sorted]), codes };
}

/**
 * Installs dialects and packs (`import { stripePack } from 'react-api-error-kit/dialects'`),
 * in any order: the kit runs them most specific first, by rank, and an app's own dialect
 * without a rank before all of them. A pack's codes map only while it is registered.
 * Returns a function that removes exactly what this call added. Errors already normalized
 * keep their result (normalization is memoized per input).
 */
export function registerApiErrorDialect(...dialects: readonly ApiErrorDialectInput[]): () => void {
  const into = { dialects: [] as ApiErrorDialect[], codes: [] as [string, ApiErrorCode][] };
  collect(dialects, into, new Set());
  const registration: Registration = into;
  registrations = [...registrations, registration];
  active = undefined;
  return () => {
    registrations = registrations.filter((r) => r !== registration);
    active = undefined;
  };
}

function current(): Active {
  return (active ??= resolve());
}

/** App dialects first, then the built-in and registered ones by rank. */
export function activeDialects(): readonly ApiErrorDialect[] {
  return registrations.length === 0 ? DEFAULT_DIALECTS : current().dialects;
}

/** The canonical code a registered pack gives a received code (already in `codeKey` form). */
export function registeredCode(key: string): ApiErrorCode | undefined {
  return registrations.length === 0 ? undefined : current().codes.get(key);
}
