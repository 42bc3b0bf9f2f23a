import { dateTimeFormat } from './intlCache.js';
import type { RetryWait, RetryWaitKind } from './types.js';
import { formatCountdown } from './formatCountdown.js';

const HOUR_MS = 3_600_000;

type T = (key: string, values?: Record<string, unknown>) => string;

// Which catalog key says the wait, and which placeholder it takes.
const KEYS: Readonly<Record<RetryWaitKind, readonly [key: string, placeholder: string]>> = {
  countdown: ['retryButton.countdown', 'time'],
  clock: ['retryButton.waitUntil', 'time'],
  tomorrow: ['retryButton.waitTomorrow', 'time'],
  later: ['retryButton.waitDate', 'date'],
};

export function formatTime(locale: string, epochMs: number): string {
  return dateTimeFormat(locale, { timeStyle: 'short' }).format(epochMs);
}

export function formatDateTime(locale: string, epochMs: number): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(epochMs);
}

function formatDate(locale: string, epochMs: number): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** Days between the local calendar dates of two instants (0 = same day), DST-safe. */
function calendarDaysApart(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/**
 * A countdown makes sense for minutes; for a wait over an hour people want a time on the
 * clock ('Try again at 15:40'), 'tomorrow at 09:00', or a date (daily quotas).
 */
export function formatRetryWait(locale: string, t: T, retryAt: number, now: number): RetryWait {
  const wait = Number.isFinite(retryAt) && Number.isFinite(now) ? retryAt - now : 0;
  let kind: RetryWaitKind;
  let value: string;
  if (wait <= HOUR_MS) {
    kind = 'countdown';
    value = formatCountdown(locale, wait / 1000);
  } else {
    const days = calendarDaysApart(now, retryAt);
    kind = days <= 0 ? 'clock' : days === 1 ? 'tomorrow' : 'later';
    value = kind === 'later' ? formatDate(locale, retryAt) : formatTime(locale, retryAt);
  }
  const [key, placeholder] = KEYS[kind];
  return { kind, value, text: t(key, { [placeholder]: value }) };
}
