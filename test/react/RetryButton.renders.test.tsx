import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAnnouncer } from '../../src/runtime/announcer.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

// Count renders of each part: RetryButton calls useRetryReady once per render, the countdown
// leaf calls useCountdown once per render (the button's useRetryReady goes through it too).
const calls = vi.hoisted(() => ({ button: 0 }));
vi.mock('../../src/react/useRetryReady.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/react/useRetryReady.js')>();
  return {
    useRetryReady: (retryAt: number | undefined) => {
      calls.button += 1;
      return original.useRetryReady(retryAt);
    },
  };
});

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

describe('RetryButton renders', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    resetAnnouncer();
  });

  it('a page of 100 buttons re-renders only the countdown leaves each tick, on one timer', () => {
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryAt: NOW + 30_000 });
    render(
      <div>
        {Array.from({ length: 100 }, (_, i) => (
          <RetryButton key={i} error={error} />
        ))}
      </div>,
    );
    act(() => vi.advanceTimersByTime(1005));
    const rendersBefore = calls.button;
    const leaf = screen.getAllByText('Try again in 0:29')[0]!;
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getAllByText('Try again in 0:28')).toHaveLength(100);
    expect(leaf.isConnected).toBe(true);
    expect(calls.button - rendersBefore).toBe(0);
    // One clock timer for the page, plus the announcer's short-lived inserts.
    expect(vi.getTimerCount()).toBeLessThanOrEqual(3);
    act(() => vi.advanceTimersByTime(28_000));
    expect(calls.button - rendersBefore).toBe(100); // once each, when the wait ended
    expect(screen.getAllByRole('button', { name: 'Try again' })[0]).toBeEnabled();
  });

  it('no timer survives the unmount of 1000 countdowns', () => {
    const { unmount } = render(
      <div>
        {Array.from({ length: 1000 }, (_, i) => (
          <RetryButton key={i} error={apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryAt: NOW + 1000 * (i + 1) })} />
        ))}
      </div>,
    );
    act(() => vi.advanceTimersByTime(3005));
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
