import { formatCountdown } from './formatCountdown.js';
import { listFormat, numberFormat } from './intlCache.js';

type Unit = 'day' | 'hour' | 'minute' | 'second';

function unit(locale: string, value: number, name: Unit): string {
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
}

/** The largest one or two units worth saying: 42 s, 3 min, 2 h 5 min, 3 days. Rounds up: a wait is never promised short. */
function parts(totalSeconds: number): [number, Unit][] {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  if (seconds < 60) return [[seconds, 'second']];
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return [[minutes, 'minute']];
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return [[Math.ceil(minutes / 1440), 'day']];
  const rest = minutes % 60;
  return rest === 0 ? [[hours, 'hour']] : [[hours, 'hour'], [rest, 'minute']];
}

/**
 * Spoken duration, plural-aware in every locale: Intl knows that Arabic has six plural forms
 * and Japanese none ('42 seconds', '٤٢ ثانية', '42 秒'). Where Intl lacks unit formatting
 * (browsers before 2020) the countdown digits are the honest fallback.
 */
export function formatDuration(locale: string, totalSeconds: number): string {
  const safe = Number.isFinite(totalSeconds) ? totalSeconds : 0;
  try {
    const spoken = parts(safe).map(([value, name]) => unit(locale, value, name));
    return spoken.length === 1 ? (spoken[0] ?? '') : listFormat(locale).format(spoken);
  } catch {
    return formatCountdown(locale, safe);
  }
}
