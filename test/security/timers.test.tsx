import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { secondsUntil } from '../../src/runtime/clock.js';
import { LIMITS } from '../../src/model/limits.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { useApiError } from '../../src/react/useApiError.js';
import { UNKNOWN_RATE_LIMIT_WAIT_MS } from '../../src/runtime/retryAtOf.js';

// A rate limit with no usable wait counts down the assumed one (docs/decisions.md).
const ASSUMED = UNKNOWN_RATE_LIMIT_WAIT_MS / 1000;

const START = Date.UTC(2025, 5, 1, 12, 0, 0);
const WEEK_SECONDS = LIMITS.maxRetryDelayMs / 1000;

/** A 429 as axios reports it, with the given Retry-After (synchronous: no body to read). */
const tooManyRequests = (retryAfter: string) =>
  normalizeApiError({ isAxiosError: true, config: { url: '/x' }, response: { status: 429, headers: { 'retry-after': retryAfter }, data: {} } });

function SecondsLeft({ error }: { error: unknown }) {
  const { secondsLeft } = useApiError(error);
  return <output>{secondsLeft}</output>;
}
const shown = () => Number(screen.getByRole('status').textContent);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  // The development warning about a rate limit without a readable wait is expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('countdowns stay sane whatever retryAt and the clock do', () => {
  it.each([
    ['in the past', { retryAt: START - 60_000 }, 0],
    ['NaN', { retryAt: NaN }, ASSUMED],
    ['Infinity', { retryAt: Infinity }, ASSUMED],
    ['absurdly far (year 33658)', { retryAt: 1e15 }, WEEK_SECONDS],
    ['absurdly far (1e300)', { retryAt: 1e300 }, WEEK_SECONDS],
  ])('an ApiError from elsewhere with retryAt %s', (_name, fields, expected) => {
    const error = { category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryable: true, fieldErrors: {}, ...fields };
    render(<SecondsLeft error={error} />);
    expect(shown()).toBe(expected);
  });

  it.each([
    ['negative', '-30', ASSUMED],
    ['garbage', 'soon™', ASSUMED],
    ['a float', '1.5', 2],
    ['a huge number of seconds', '99999999999999999999', WEEK_SECONDS],
    ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
  ])('Retry-After %s', (_name, header, expected) => {
    const error = tooManyRequests(header);
    expect(error.retryAt === undefined || Number.isFinite(error.retryAt)).toBe(true);
    render(<SecondsLeft error={error} />);
    expect(shown()).toBe(expected);
  });

  it('secondsUntil is never negative and never above a week', () => {
    for (const [retryAt, now] of [[0, 1e15], [1e15, 0], [NaN, 0], [0, NaN], [-1e300, 1e300], [1e300, -1e300]] as const) {
      const s = secondsUntil(retryAt, now);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(WEEK_SECONDS);
    }
  });

  it('a clock that jumps back an hour: the wait grows by that hour, then keeps counting down', () => {
    render(<SecondsLeft error={tooManyRequests('60')} />);
    expect(shown()).toBe(60);
    act(() => {
      vi.setSystemTime(START - 3_600_000);
      vi.advanceTimersByTime(1100); // the page clock ticks just past each whole second
    });
    const afterJump = shown();
    expect(afterJump).toBeGreaterThan(3600);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(shown()).toBeLessThan(afterJump); // not frozen
  });

  it('a clock that jumps back a month: the display is capped at a week, never negative', () => {
    render(<RetryButton error={tooManyRequests('60')} onRetry={() => undefined} />);
    act(() => {
      vi.setSystemTime(START - 30 * 86_400_000);
      vi.advanceTimersByTime(1100); // the page clock ticks just past each whole second
    });
    const button = screen.getByRole('button');
    expect(button).toBeDisabled();
    expect(button.textContent).not.toMatch(/-/);
    // Back to the right time (NTP fixed it): the wait is over within the minute, as promised.
    act(() => {
      vi.setSystemTime(START + 61_000);
      vi.advanceTimersByTime(1100); // the page clock ticks just past each whole second
    });
    expect(screen.getByRole('button')).toBeEnabled();
  });

  it('a clock that jumps forward past retryAt ends the wait on the next tick and lets the timer go', () => {
    render(<SecondsLeft error={tooManyRequests('3600')} />);
    act(() => {
      vi.setSystemTime(START + 7_200_000);
      vi.advanceTimersByTime(1100); // the page clock ticks just past each whole second
    });
    expect(shown()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('no timer survives', () => {
  it('the unmount of 1 000 counting retry buttons', () => {
    const errors = Array.from({ length: 1000 }, (_, i) => tooManyRequests(String(30 + (i % 300))));
    const { unmount } = render(
      <div>
        {errors.map((error, i) => (
          <RetryButton key={i} error={error} onRetry={() => undefined} />
        ))}
      </div>,
    );
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // One page clock for all of them, plus the announcer's few (one pending message, and the
    // removal of what it said): not 1 000 intervals, and not one announcement per button.
    expect(vi.getTimerCount()).toBeLessThanOrEqual(4);
    expect(document.querySelector('[data-raek-announcer]')?.childElementCount).toBeLessThanOrEqual(2);
    unmount();
    act(() => {
      vi.advanceTimersByTime(2000); // announcer clean-up delays, if any
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
