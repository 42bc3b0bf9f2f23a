/// <reference types="vite/client" />
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import type { ApiError } from '../../src/model/types.js';
import { ApiErrorBanner, ApiErrorProvider } from '../../src/react/index.js';

// A leak grows with the number of banners, so a few hundred (100 of each kind) show one as
// surely as ten thousand; the long run is `npm run bench:leaks` (10 000).
const BANNERS = Number(import.meta.env.VITE_LEAK_BANNERS ?? 400);

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  vi.useRealTimers();
});

/** Live event listeners and timers, counted through spies on the page's own functions. */
function trackLiveResources() {
  const keyOf = (target: EventTarget, type: string, capture: unknown) =>
    `${Object.prototype.toString.call(target)}:${type}:${Boolean(
      typeof capture === 'object' && capture !== null ? (capture as { capture?: boolean }).capture : capture,
    )}`;
  // Listener identity matters for removal; keep a set per key.
  const live = new Map<string, Set<unknown>>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
    const key = keyOf(this, type, options);
    const set = live.get(key) ?? new Set();
    set.add(listener);
    live.set(key, set);
    add.call(this, type, listener, options);
  });
  vi.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
    live.get(keyOf(this, type, options))?.delete(listener);
    remove.call(this, type, listener, options);
  });
  const timers = new Set<unknown>();
  const setTimeoutReal = globalThis.setTimeout;
  const clearTimeoutReal = globalThis.clearTimeout;
  const setIntervalReal = globalThis.setInterval;
  const clearIntervalReal = globalThis.clearInterval;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
    const id = setTimeoutReal(() => {
      timers.delete(id);
      callback();
    }, ms);
    timers.add(id);
    return id;
  }));
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    timers.delete(id);
    clearTimeoutReal(id);
  });
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((callback: () => void, ms?: number) => {
    const id = setIntervalReal(callback, ms);
    timers.add(id);
    return id;
  }));
  vi.spyOn(globalThis, 'clearInterval').mockImplementation((id) => {
    timers.delete(id);
    clearIntervalReal(id);
  });
  return {
    listeners: () => Object.fromEntries([...live].filter(([, set]) => set.size > 0).map(([key, set]) => [key, set.size])),
    timers: () => timers.size,
  };
}

function error(index: number): ApiError {
  // A mix: countdowns (clock), offline (online/offline listeners), field errors, plain server errors.
  const kinds: Partial<ApiError>[] = [
    { category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: Date.now() + 30_000 + index },
    { category: 'connection', code: 'DEVICE_OFFLINE' },
    { category: 'request', code: 'VALIDATION_ERROR', status: 422, fieldErrors: { email: ['Enter an email address'] } },
    { category: 'server', code: 'INTERNAL_ERROR', status: 500, requestId: `req_${index}` },
  ];
  return Object.freeze({ category: 'server', code: 'INTERNAL_ERROR', fieldErrors: {}, retryable: true, cause: undefined, occurredAt: Date.now(), ...kinds[index % kinds.length] });
}

test(`mounting and unmounting ${BANNERS} banners leaves no listener or timer behind`, async () => {
  const resources = trackLiveResources();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  // React's own delegated listeners on the root container are the baseline; they live as long as the root.
  act(() => {
    root.render(<ApiErrorProvider>{null}</ApiErrorProvider>);
  });
  // Selector engines may register their own listeners on first use; let that happen before the baseline.
  container.querySelectorAll('[role="status"]');
  const baseline = { listeners: resources.listeners(), timers: resources.timers() };

  const errors = Array.from({ length: BANNERS }, (_, index) => error(index));
  await act(async () => {
    root.render(
      <ApiErrorProvider>
        {errors.map((item, index) => (
          <ApiErrorBanner key={index} error={item} onRetry={() => undefined} onDismiss={() => undefined} />
        ))}
      </ApiErrorProvider>,
    );
  });
  expect(container.querySelectorAll('.raek-banner, [role="status"], [role="alert"]').length).toBeGreaterThan(0);

  await act(async () => {
    root.render(<ApiErrorProvider>{null}</ApiErrorProvider>);
  });
  expect(resources.listeners()).toEqual(baseline.listeners);
  expect(resources.timers()).toBe(baseline.timers);

  act(() => {
    root.unmount();
  });
  container.remove();
}, Math.max(60_000, BANNERS * 20));
