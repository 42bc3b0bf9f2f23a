import { numberFormat } from './intlCache.js';

/**
 * Visible countdown digits: 'm:ss' under an hour ('0:42', '12:05'), 'h:mm:ss' above, in the
 * locale's digits (Arabic-Indic for 'ar'). Rounds up, so '0:00' only shows when the wait is over.
 */
export function formatCountdown(locale: string, totalSeconds: number): string {
  const seconds = Number.isFinite(totalSeconds) ? Math.max(0, Math.ceil(totalSeconds)) : 0;
  const plain = numberFormat(locale, { useGrouping: false });
  const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0
    ? `${plain.format(h)}:${twoDigits.format(m)}:${twoDigits.format(s)}`
    : `${plain.format(m)}:${twoDigits.format(s)}`;
}
