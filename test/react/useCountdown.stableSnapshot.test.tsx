import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultClockTimers, pageClock } from '../../src/runtime/clock.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

// Regression: React reads a store's snapshot twice in a row to check it is stable. A countdown
// read the live time each time, so when the two reads straddled a second boundary (likely with
// thousands of countdowns mounting at once) React warned "The result of getSnapshot should be
// cached to avoid an infinite loop". Here the clock's time alternates across a boundary on
// every read.
describe('countdown snapshot', () => {
  afterEach(() => {
    pageClock.setTimers(defaultClockTimers);
  });

  it('is read from one time per render, so two reads agree', () => {
    let reads = 0;
    pageClock.setTimers({
      setTimeout: (callback, ms) => defaultClockTimers.setTimeout(callback, ms),
      clearTimeout: (id) => {
        defaultClockTimers.clearTimeout(id);
      },
      now: () => (reads++ % 2 === 0 ? 10_999 : 11_000),
    });
    render(<RetryButton error={apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: 15_000 })} />);
    expect(screen.getByRole('button')).toBeDisabled();
  });
});
