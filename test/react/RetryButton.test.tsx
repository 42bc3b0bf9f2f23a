import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAnnouncer } from '../../src/runtime/announcer.js';
import { announceStep } from '../../src/react/CountdownAnnouncer.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

function announced(): string[] {
  return [...document.querySelectorAll('[data-raek-announcer] > div')].map((n) => n.textContent ?? '');
}

describe('RetryButton', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    resetAnnouncer();
  });

  it('is disabled and counts down to retryAt, then enables and retries', () => {
    const onRetry = vi.fn();
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: NOW + 42_000 });
    render(<RetryButton error={error} onRetry={onRetry} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('Try again in 0:42');
    act(() => vi.advanceTimersByTime(1005)); // the page clock ticks just past whole seconds
    expect(button).toHaveTextContent('Try again in 0:41');
    act(() => vi.advanceTimersByTime(41_000));
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent(/^Try again$/);
    fireEvent.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(2); // only the announcer's pending inserts, no clock
  });

  it('shows a clock time for waits over an hour', () => {
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryAt: NOW + 2 * 3_600_000 });
    render(<RetryButton error={error} />);
    expect(screen.getByRole('button')).toHaveTextContent(/Try again (at|tomorrow at)/);
  });

  it('hides the digits from screen readers and announces in coarse steps', async () => {
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryAt: NOW + 90_000 });
    const spoken: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.parentElement?.hasAttribute('data-raek-announcer')) spoken.push(node.textContent ?? '');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Effects run when act() ends, so the announcer's short insert delay needs its own step.
    const flush = async () => {
      act(() => vi.advanceTimersByTime(150));
      await act(async () => Promise.resolve());
    };
    render(<RetryButton error={error} />);
    expect(screen.getByText('Try again in 1:30')).toHaveAttribute('aria-hidden', 'true');
    act(() => vi.advanceTimersByTime(200));
    await flush();
    expect(spoken).toEqual(['You can try again in 2 minutes.']); // spoken waits round up
    act(() => vi.advanceTimersByTime(9_850)); // 80 s left: same minute step, nothing new
    await flush();
    expect(spoken).toHaveLength(1);
    act(() => vi.advanceTimersByTime(19_850)); // 60 s left
    await flush();
    expect(spoken).toEqual(['You can try again in 2 minutes.', 'You can try again in 1 minute.']);
    for (let i = 0; i < 60; i += 1) {
      act(() => vi.advanceTimersByTime(850)); // tick by tick, as a real page renders
      await flush();
    }
    expect(spoken).toEqual([
      'You can try again in 2 minutes.',
      'You can try again in 1 minute.',
      'You can try again in 40 seconds.',
      'You can try again in 20 seconds.',
      'You can try again now.',
    ]);
    expect(announced()).toEqual(['You can try again now.']); // older messages were cleared
    observer.disconnect();
    expect([90, 61, 60, 41, 40, 1, 0].map(announceStep)).toEqual([120, 120, 60, 60, 40, 20, 0]);
  });

  it('says "Trying again…" while a returned promise is pending', async () => {
    let finish!: () => void;
    const onRetry = () =>
      new Promise<void>((resolve) => {
        finish = resolve;
      });
    render(<RetryButton error={apiError()} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Trying again…');
    expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'true');
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(screen.getByRole('button')).toHaveTextContent('Try again');
  });

  it('does not crash on junk input', () => {
    render(<RetryButton error={{ retryAt: 'soon', category: 42 }} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
