import type { HeaderReader } from '../dialects/types.js';

/** Parameters of a structured `RateLimit` header (`"default";r=0;t=30`) or its older `limit=, remaining=, reset=` form. */
export interface RateLimitField {
  readonly remaining?: number;
  readonly reset?: number;
}

function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(/^"|"$/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Reads the smallest remaining and, among exhausted policies (or all, if none is), the largest reset. */
export function parseRateLimitField(value: string | undefined): RateLimitField | undefined {
  if (!value) return undefined;
  const remainings: number[] = [];
  let resetExhausted: number | undefined;
  let resetAny: number | undefined;
  // Each comma-separated item is a policy; its ';' parameters carry r/t (or remaining/reset).
  const items = value.slice(0, 1000).split(',');
  let pendingRemaining: number | undefined;
  for (const item of items) {
    let remaining: number | undefined;
    let reset: number | undefined;
    for (const param of item.split(';')) {
      const eq = param.indexOf('=');
      if (eq < 0) continue;
      const key = param.slice(0, eq).trim().toLowerCase();
      const n = num(param.slice(eq + 1));
      if (n === undefined) continue;
      if (key === 'r' || key === 'remaining') remaining = n;
      else if (key === 't' || key === 'reset') reset = n;
    }
    // Older form spreads one policy over several items: `limit=100, remaining=0, reset=30`.
    if (remaining === undefined && reset !== undefined) remaining = pendingRemaining;
    if (remaining !== undefined) {
      remainings.push(remaining);
      pendingRemaining = remaining;
    }
    if (reset !== undefined) {
      resetAny = Math.max(resetAny ?? 0, reset);
      if (remaining === 0) resetExhausted = Math.max(resetExhausted ?? 0, reset);
    }
  }
  const remaining = remainings.length > 0 ? Math.min(...remainings) : undefined;
  const reset = resetExhausted ?? resetAny;
  if (remaining === undefined && reset === undefined) return undefined;
  return { remaining, reset };
}

/**
 * Budgets that come as a remaining/reset pair, several to an answer: OpenAI's requests and
 * tokens (resets as durations), Linear's requests and complexity (resets in epoch ms).
 */
export const PAIRED_BUDGETS: readonly (readonly [remaining: string, reset: string])[] = /* @__PURE__ */ Object.freeze([
  ['x-ratelimit-remaining-requests', 'x-ratelimit-reset-requests'],
  ['x-ratelimit-remaining-tokens', 'x-ratelimit-reset-tokens'],
  ['x-ratelimit-requests-remaining', 'x-ratelimit-requests-reset'],
  ['x-ratelimit-complexity-remaining', 'x-ratelimit-complexity-reset'],
]);

/** Headers that count what is left in the window. */
export const REMAINING_HEADERS: readonly string[] = /* @__PURE__ */ Object.freeze(
  // concat, not a spread: bundlers cannot prove a spread free of effects, and would keep an unused table.
  /* @__PURE__ */ ['x-ratelimit-remaining', 'x-rate-limit-remaining', 'ratelimit-remaining'].concat(
    /* @__PURE__ */ PAIRED_BUDGETS.map((pair) => pair[0]),
  ),
);

/** True when the named header counts nothing left. */
export const spent = (headers: HeaderReader, name: string): boolean => (num(headers.get(name)) ?? 1) <= 0;

/**
 * The smallest budget any rate-limit header reports, or undefined when none does. Above zero,
 * the answer's reset headers belong to a window that did not run out (GitHub's secondary limits).
 */
export function rateLimitLeft(headers: HeaderReader): number | undefined {
  let left = parseRateLimitField(headers.get('ratelimit'))?.remaining;
  for (const name of REMAINING_HEADERS) {
    const n = num(headers.get(name));
    if (n !== undefined) left = Math.min(left ?? n, n);
  }
  return left;
}

/** True when a rate-limit header shows nothing remaining. */
export function rateLimitExhausted(headers: HeaderReader): boolean {
  return (rateLimitLeft(headers) ?? 1) <= 0;
}
