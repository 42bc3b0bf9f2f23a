/**
 * Defensive readers for unknown bodies. Every dialect goes through these so a body of the
 * wrong shape (numbers where strings belong, arrays where objects belong) is simply "not mine".
 */

export type BodyRecord = Readonly<Record<string, unknown>>;

/** Bodies come from the network; a huge array must not make a dialect slow. */
const MAX_ITEMS = 50;
const MAX_CODE_LENGTH = 200;

export function isRecord(value: unknown): value is BodyRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A code as received: a short string, or an integer written as a string. */
export function code(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  const t = text(value);
  return t !== undefined && t.length <= MAX_CODE_LENGTH ? t : undefined;
}

/** A string code only: numeric codes are ignored where the format's codes are words. */
export function wordCode(value: unknown): string | undefined {
  return typeof value === 'string' ? code(value) : undefined;
}

/** An HTTP status (100..599) from a number or a numeric string ('422' in JSON:API). */
export function httpStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{3}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** A non-negative finite number of seconds from a number or numeric string. */
export function seconds(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The first items of an array, or nothing when it is not one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [];
}

/** The records among the first items of an array. */
export function records(value: unknown): readonly BodyRecord[] {
  return list(value).filter(isRecord);
}

/** The first of several candidates that reads as text. */
export function firstText(...values: readonly unknown[]): string | undefined {
  for (const value of values) {
    const t = text(value);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Own keys of a record, bounded. */
export function keysOf(value: BodyRecord): readonly string[] {
  return Object.keys(value).slice(0, MAX_ITEMS * 2);
}
