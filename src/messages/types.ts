import type { ApiError } from '../model/types.js';

/** Flat keys (`code.TOKEN_EXPIRED.title`, `retryButton.label`) to text with `{name}` placeholders. */
export type MessageCatalog = Readonly<Record<string, string>>;

/**
 * How a shipped locale file stores its catalog: the texts in `catalogKeys()` order, then the
 * plural forms by key (`'banner.count': { one, other }`), since each language has its own set.
 * Positional because the repeated keys cost about 40% of a lazy locale's gzip size;
 * `expandCatalog` turns it into a `MessageCatalog` when the locale is registered.
 */
export type CompactCatalog = readonly [
  texts: readonly string[],
  plurals: Readonly<Record<string, Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>>>,
];

/** App overrides per locale: `{ de: { 'retryButton.label': 'Nochmal' } }`. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Hands a text to the app's own i18n. `fallback` is the kit's text (already interpolated);
 * return `undefined` to keep it.
 */
export type TranslateFn = (key: string, values: Record<string, unknown>, fallback: string) => string | undefined;

export type RetryWaitKind = 'countdown' | 'clock' | 'tomorrow' | 'later';

export interface RetryWait {
  /** countdown: up to an hour; clock: later today; tomorrow; later: another day. */
  readonly kind: RetryWaitKind;
  /** The whole retry button label: 'Try again in 0:42', 'Try again at 15:40', 'Try again tomorrow at 09:00'. */
  readonly text: string;
  /** Only the time part: '0:42', '15:40', '09:00', or the date. */
  readonly value: string;
}

export interface Translator {
  /** The locale asked for, canonicalized ('de-AT'); 'en' when it was not a valid tag. */
  readonly locale: string;
  /** The catalog actually used: 'de', or 'en' until a lazily loaded one arrives. */
  readonly language: string;
  /** From the asked locale's script: 'ar', 'he', 'fa', 'ur' are right to left. */
  readonly dir: 'ltr' | 'rtl';
  /** Text for a key, interpolated. A numeric `count` picks a plural form (`key.one`, `key.other`). Missing: ''. */
  t(key: string, values?: Record<string, unknown>): string;
  /** `code.<CODE>.title`, else `category.<category>.title`, else `category.unknown.title`. */
  errorTitle(error: Pick<ApiError, 'code' | 'category'>): string;
  /** Same as errorTitle, with `.message`. */
  errorMessage(error: Pick<ApiError, 'code' | 'category'>): string;
  /** 'm:ss' under an hour ('0:42'), 'h:mm:ss' above, in the locale's digits. */
  formatCountdown(seconds: number): string;
  /** Spoken and plural-aware: '42 seconds', '1 minute', '2 hours, 5 minutes'. */
  formatDuration(seconds: number): string;
  /** Clock time, short: '15:40' / '3:40 PM'. */
  formatTime(epochMs: number): string;
  /** Local date and time, for the support dialog. */
  formatDateTime(epochMs: number): string;
  /** How to say when a retry makes sense: a countdown up to an hour, then a clock time, 'tomorrow' or a date. */
  formatRetryWait(retryAt: number, now: number): RetryWait;
}

export interface TranslatorOptions {
  readonly locale?: string | undefined;
  readonly messages?: MessageOverrides | undefined;
  readonly translate?: TranslateFn | undefined;
}
