/**
 * The magnitude rule for reset and retry values, which APIs send in four units:
 *   value >= 1e12  -> epoch milliseconds (absolute)
 *   value >= 1e9   -> epoch seconds, fractions allowed (absolute)
 *   otherwise      -> seconds from now (milliseconds from now only when the header name says ms)
 * 1e9 seconds is 2001-09-09 and about 31 years as a delay, so the ranges cannot collide in practice;
 * the same rule rescues a `Retry-After` wrongly sent as a Unix time.
 * Absolute times are read on the server's clock: with a `Date` header the wait is
 * `reset - serverDate`, added to our own clock, so a skewed client clock does not matter.
 */
export interface RetryClock {
  readonly now: number;
  /** The response `Date` header in epoch ms, when there was a valid one. */
  readonly serverDate?: number;
}

export function absoluteToLocal(epochMs: number, clock: RetryClock): number {
  return clock.serverDate === undefined ? epochMs : clock.now + (epochMs - clock.serverDate);
}

export function resetValueToEpochMs(value: number, clock: RetryClock, relativeUnitMs = false): number | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (value >= 1e12) return absoluteToLocal(value, clock);
  if (value >= 1e9) return absoluteToLocal(value * 1000, clock);
  return clock.now + (relativeUnitMs ? value : value * 1000);
}

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;
// Go-style durations as OpenAI sends them: 6m0s, 1s, 20ms, 1h2m3.5s. Anchored, no nested quantifiers.
const DURATION = /^\s*(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?\s*$/;

/** Parses a duration like `6m0s` or `250ms` into milliseconds. */
export function parseDurationMs(text: string): number | undefined {
  const m = DURATION.exec(text.slice(0, 64));
  if (!m || (m[1] ?? m[2] ?? m[3] ?? m[4]) === undefined) return undefined;
  const part = (s: string | undefined, unit: number): number => (s === undefined ? 0 : Number(s) * unit);
  return part(m[1], 3_600_000) + part(m[2], 60_000) + part(m[3], 1000) + part(m[4], 1);
}

/** A header value: a number by the magnitude rule, an HTTP-date, or (when allowed) a duration string. */
export function headerValueToEpochMs(
  text: string | undefined,
  clock: RetryClock,
  options: { relativeUnitMs?: boolean; allowDate?: boolean; allowDuration?: boolean } = {},
): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().slice(0, 100);
  if (t === '') return undefined;
  if (NUMBER.test(t)) return resetValueToEpochMs(Number(t), clock, options.relativeUnitMs);
  if (options.allowDuration) {
    const ms = parseDurationMs(t);
    if (ms !== undefined) return clock.now + ms;
  }
  if (options.allowDate && /[a-z]/i.test(t)) {
    const date = Date.parse(t);
    if (Number.isFinite(date)) return absoluteToLocal(date, clock);
  }
  return undefined;
}
