import { recorderInstalled, takeRenders } from './commitRecorder.js';
import { Profiler } from 'react';
import type { ProfilerOnRenderCallback } from 'react';
import { render } from 'vitest-browser-react';
import { afterEach, expect, test, vi } from 'vitest';
import { pageClock } from '../../src/runtime/clock.js';
import type { ClockTimers } from '../../src/runtime/clock.js';
import type { ApiError } from '../../src/model/types.js';
import { ApiErrorProvider, RetryButton } from '../../src/react/index.js';
import { fakeClockTimers } from './fakeClockTimers.js';

const BUTTONS = 100;
// Just past a whole second, as the clock ticks: each wait below then loses exactly one second per tick.
const START = Date.UTC(2025, 0, 15, 12, 0, 0, 5);

let previousTimers: ClockTimers | undefined;
afterEach(() => {
  if (previousTimers !== undefined) pageClock.setTimers(previousTimers);
});

/** Lets React flush what a clock tick scheduled (store updates commit in a microtask or task). */
async function settle(): Promise<void> {
  await new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });
}

function rateLimited(): ApiError {
  // About ten minutes ahead: the announcer's step (every minute) stays put for these few ticks.
  // One shared retryAt: each countdown changes on the whole seconds of its own wait, so waits
  // that share their second boundary change on the same wake of the one page timer.
  return Object.freeze({
    category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: START + 590_100,
    fieldErrors: {}, retryable: true, cause: undefined, occurredAt: START,
  });
}

test('100 RetryButtons counting down: one countdown leaf per button per tick, one timer for all', async () => {
  expect(recorderInstalled).toBe(true);
  const timers = fakeClockTimers(START);
  previousTimers = pageClock.setTimers(timers);
  const setInterval = vi.spyOn(globalThis, 'setInterval');

  const commits = new Map<string, number>();
  const onRender: ProfilerOnRenderCallback = (id, phase) => {
    if (phase !== 'mount') commits.set(id, (commits.get(id) ?? 0) + 1);
  };
  const errors = Array.from({ length: BUTTONS }, () => rateLimited());
  const screen = await render(
    <ApiErrorProvider>
      {errors.map((error, index) => (
        <Profiler key={index} id={`button-${index}`} onRender={onRender}>
          <RetryButton error={error} />
        </Profiler>
      ))}
    </ApiErrorProvider>,
  );
  await settle();
  takeRenders();
  commits.clear();

  for (let tick = 1; tick <= 3; tick += 1) {
    expect(timers.pending(), `clock timers before tick ${tick}`).toBe(1);
    timers.tick();
    await settle();
    // Per tick: every button's Profiler commits once, and only the countdown leaf rendered.
    expect(Object.fromEntries(takeRenders()), `components rendered on tick ${tick}`).toEqual({ RetryCountdown: BUTTONS });
    expect(commits.size, `buttons that committed on tick ${tick}`).toBe(BUTTONS);
    expect([...commits.values()].every((count) => count === 1), `one commit per button on tick ${tick}`).toBe(true);
    commits.clear();
  }
  expect(timers.pending()).toBe(1);
  expect(setInterval).not.toHaveBeenCalled();
  await expect.element(screen.getByRole('button').first()).toHaveTextContent(/Try again in 9:4\d/);

  await screen.unmount();
  expect(timers.pending(), 'clock timers after unmount').toBe(0);
});
