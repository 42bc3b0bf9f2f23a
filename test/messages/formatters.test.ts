import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTranslator } from '../../src/messages/createTranslator.js';
import { loadLocale } from '../../src/messages/locales.js';

beforeAll(async () => {
  await Promise.all(['de', 'ar', 'ja'].map(loadLocale));
});
afterEach(() => {
  vi.useRealTimers();
});

const en = createTranslator({ locale: 'en' });

describe('formatCountdown', () => {
  test.each([
    [42, '0:42'], [0, '0:00'], [725, '12:05'], [59.2, '1:00'], [3600, '1:00:00'], [-5, '0:00'], [Number.NaN, '0:00'],
  ])('%s s -> %s', (seconds, text) => {
    expect(en.formatCountdown(seconds)).toBe(text);
  });

  test('uses the locale digits', () => {
    const digits = new Intl.NumberFormat('ar-EG').format(42);
    expect(createTranslator({ locale: 'ar-EG' }).formatCountdown(42)).toBe(`${new Intl.NumberFormat('ar-EG').format(0)}:${digits}`);
  });
});

describe('formatDuration', () => {
  test('English, plural-aware, rounding up', () => {
    expect(en.formatDuration(42)).toBe('42 seconds');
    expect(en.formatDuration(1)).toBe('1 second');
    expect(en.formatDuration(60)).toBe('1 minute');
    expect(en.formatDuration(61)).toBe('2 minutes');
    expect(en.formatDuration(3600)).toBe('1 hour');
    expect(en.formatDuration(7500)).toBe('2 hours, 5 minutes');
    expect(en.formatDuration(3 * 86400)).toBe('3 days');
  });

  test('Arabic picks among its plural forms (Intl knows all six)', () => {
    const ar = createTranslator({ locale: 'ar' });
    const one = ar.formatDuration(60);
    const two = ar.formatDuration(120);
    const three = ar.formatDuration(180);
    const eleven = ar.formatDuration(660);
    expect(one).toBe('دقيقة');
    expect(two).toBe('دقيقتان');
    expect(three).toContain('دقائق');
    expect(eleven).toContain('دقيقة');
    expect(new Set([one, two, three, eleven]).size).toBe(4);
  });

  test('Japanese has no plural', () => {
    const ja = createTranslator({ locale: 'ja' });
    expect(ja.formatDuration(60)).toBe('1 分');
    expect(ja.formatDuration(120)).toBe('2 分');
  });

  test('words follow the catalog in use, so no German units in an English sentence', () => {
    expect(createTranslator({ locale: 'pt-BR' }).formatDuration(120)).toBe('2 minutes');
    expect(createTranslator({ locale: 'de-AT' }).formatDuration(120)).toBe('2 Minuten');
  });
});

describe('formatRetryWait', () => {
  const now = new Date(2025, 2, 3, 10, 0, 0).getTime(); // local time, so tests hold in any time zone

  test('up to an hour: a countdown', () => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
    const wait = en.formatRetryWait(Date.now() + 42_000, Date.now());
    expect(wait).toEqual({ kind: 'countdown', value: '0:42', text: 'Try again in 0:42' });
    expect(en.formatRetryWait(now + 3_600_000, now).kind).toBe('countdown');
  });

  test('over an hour, later today: the clock time', () => {
    const retryAt = new Date(2025, 2, 3, 15, 40).getTime();
    const de = createTranslator({ locale: 'de' });
    expect(de.formatRetryWait(retryAt, now)).toEqual({ kind: 'clock', value: '15:40', text: 'Um 15:40 erneut versuchen' });
    expect(en.formatRetryWait(retryAt, now).text).toBe(`Try again at ${en.formatTime(retryAt)}`);
  });

  test('tomorrow', () => {
    const retryAt = new Date(2025, 2, 4, 9, 0).getTime();
    const wait = createTranslator({ locale: 'de' }).formatRetryWait(retryAt, now);
    expect(wait).toEqual({ kind: 'tomorrow', value: '09:00', text: 'Morgen um 09:00 erneut versuchen' });
  });

  test('later: a date', () => {
    const retryAt = new Date(2025, 2, 10, 9, 0).getTime();
    const wait = en.formatRetryWait(retryAt, now);
    expect(wait.kind).toBe('later');
    expect(wait.value).toContain('Mar');
    expect(wait.text).toBe(`Try again on ${wait.value}`);
  });

  test('past midnight but under an hour is still a countdown', () => {
    const late = new Date(2025, 2, 3, 23, 50).getTime();
    expect(en.formatRetryWait(late + 20 * 60_000, late).kind).toBe('countdown');
  });
});

test('formatTime and formatDateTime use Intl for the locale', () => {
  const at = new Date(2025, 2, 3, 15, 40, 5).getTime();
  expect(createTranslator({ locale: 'de' }).formatTime(at)).toBe('15:40');
  expect(en.formatTime(at)).toBe(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(at));
  expect(createTranslator({ locale: 'de' }).formatDateTime(at)).toBe('03.03.2025, 15:40:05');
});
