/**
 * Property reads that survive hostile input: throwing getters, revoked Proxies,
 * objects whose every trap throws. Each returns undefined instead of throwing.
 */
export type AnyRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is AnyRecord {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

export function getProp(value: unknown, key: string): unknown {
  if (!isRecord(value)) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

export function getString(value: unknown, key: string): string | undefined {
  const v = getProp(value, key);
  return typeof v === 'string' ? v : undefined;
}

export function getNumber(value: unknown, key: string): number | undefined {
  const v = getProp(value, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A numeric HTTP status in 100..599 (also accepts digit strings). */
export function asHttpStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{3}$/.test(value.trim()) ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

export function safeIsArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** `error.name`, or the constructor's name, without trusting either to exist. */
export function errorName(value: unknown): string | undefined {
  const name = getString(value, 'name');
  if (name) return name;
  const ctor = getProp(value, 'constructor');
  return getString(ctor, 'name');
}
